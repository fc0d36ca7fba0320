package org.jifen.adapters.db.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalogue set kept in memory: the same set while nothing was loaded, a new one as soon as a
 * version is added — by this repository, by another one on the same database (another process), or
 * not at all when the adding transaction rolls back.
 */
class H2CatalogueSetCacheTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    private final LocalDate on = LocalDate.of(2024, 1, 2);

    @Test
    void theSetIsKept_whileNothingIsAdded() {
        JdbiCatalogueRepository repository = new JdbiCatalogueRepository(db.database());
        repository.add(TestCatalogues.provincial());

        CatalogueSet first = repository.catalogueSet();

        assertThat(repository.catalogueSet()).isSameAs(first);
        assertThat(first.versions()).extracting(v -> v.version().value()).containsExactly("330000-2022");
    }

    @Test
    void aVersionAddedByAnotherRepository_isSeenAtTheNextCall() {
        JdbiCatalogueRepository server = new JdbiCatalogueRepository(db.database());
        JdbiCatalogueRepository cli = new JdbiCatalogueRepository(db.database());
        server.add(TestCatalogues.provincial());
        CatalogueSet before = server.catalogueSet();

        cli.add(TestCatalogues.municipal());

        CatalogueSet after = server.catalogueSet();
        assertThat(after).isNotSameAs(before);
        assertThat(after.versions()).extracting(v -> v.version().value())
                .containsExactly("330000-2022", "330200-2022");
        assertThat(after.applicableIn(TestCatalogues.HAISHU, on)).hasSize(2);
    }

    @Test
    void aVersionAddedInATransactionThatRollsBack_isNotKept() {
        JdbiCatalogueRepository repository = new JdbiCatalogueRepository(db.database());
        repository.add(TestCatalogues.provincial());
        repository.catalogueSet();

        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            repository.add(TestCatalogues.haishu());
            assertThat(repository.catalogueSet().versions()).hasSize(2);
            throw new IllegalStateException("the import fails after the version was added");
        })).hasMessageContaining("the import fails");

        assertThat(repository.catalogueSet().versions()).extracting(v -> v.version().value())
                .containsExactly("330000-2022");
        assertThat(repository.find(CatalogueVersionId.of("330203-2022"))).isEmpty();
    }
}
