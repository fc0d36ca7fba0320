package org.jifen.adapters.cli.file;

import java.util.List;

/** The CSV headers of INTERFACES.md (and the CLI's extensions), exactly. */
public final class CsvFormats {

    private CsvFormats() {
    }

    public static final List<String> PERSONS = List.of("id_number", "name", "phone", "permit_number", "permit_issuer",
            "permit_valid_from", "permit_valid_to", "residence_district");

    public static final List<String> SYSTEM_DATA = List.of("id_number", "indicator", "quantity", "as_of");

    public static final List<String> CANDIDATES = List.of("applicant_id_number", "beneficiary_id_number",
            "beneficiary_name", "preferences", "catchment");

    public static final List<String> RESULTS = List.of("rank", "applicant_id_number_masked", "beneficiary_name",
            "score", "place");

    /** Extension: household members (一人参评、家庭应用), for {@code households import}. */
    public static final List<String> HOUSEHOLDS = List.of("applicant_id_number", "relation", "member_id_number",
            "member_name");
}
