package org.jifen.adapters.cli.shell;

import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.jurisdiction.DivisionCode;
import picocli.CommandLine.Option;

/**
 * The options every command takes: which database ({@code --db}) and the operator's jurisdiction
 * ({@code --jurisdiction}). The operator acts as the caller {@code cli:<OS user name>}: an ADMIN for
 * the commands that change or read data, an AUDITOR for {@code audit verify}.
 */
public final class OperatorOptions {

    /** Zhejiang: a provincial operator covers every district. */
    public static final String DEFAULT_JURISDICTION = "330000";

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "the database (default: the embedded H2 database under ./data/; "
                    + "jdbc:postgresql://host:5432/db?user=… for PostgreSQL)")
    String db;

    @Option(names = "--jurisdiction", paramLabel = "CODE", defaultValue = DEFAULT_JURISDICTION,
            converter = Converters.Division.class,
            description = "the division code the operator acts in (default: ${DEFAULT-VALUE}, Zhejiang, covering "
                    + "every district); the operator is the caller cli:<OS user name>")
    DivisionCode jurisdiction = DivisionCode.of(DEFAULT_JURISDICTION);

    public Optional<String> db() {
        return Optional.ofNullable(db).filter(url -> !url.isBlank());
    }

    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    /** The operator as a caller of this role. */
    public Caller caller(Role role) {
        return Caller.of(subject(), role, jurisdiction);
    }

    /** {@code cli:<OS user name>}. */
    public static String subject() {
        String user = System.getProperty("user.name", "");
        return "cli:" + (user.isBlank() ? "operator" : user);
    }
}
