package org.jifen.adapters.cli.catalogue;

import java.io.InputStream;
import java.util.List;
import org.jifen.domain.catalogue.Catalogue;

/**
 * The default catalogue shipped with Jifen (默认指标体系): DOMAIN.md §2's provincial (浙江 330000),
 * municipal (宁波 330200) and Haishu district (海曙 330203) tier catalogues, published 2022-06-01 and
 * in force from 2022-07-01. The resource's header says which values are the policy's, which follow
 * published figures and which are our defaults; operators replace it by loading the official table.
 */
public final class DefaultCatalogue {

    /** The classpath resource holding the default catalogue. */
    public static final String RESOURCE = "/catalogue/default-catalogue.yaml";

    /** The name problems carry for the resource. */
    public static final String SOURCE = "default-catalogue.yaml";

    private DefaultCatalogue() {
    }

    /** The three tier catalogues, read and validated. */
    public static List<Catalogue> load() {
        return new CatalogueFileReader().readValidated(open(), SOURCE);
    }

    /** The resource's raw bytes, e.g. for an operator to export and edit; the caller closes it. */
    public static InputStream open() {
        InputStream in = DefaultCatalogue.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the default catalogue " + RESOURCE + " is missing from the classpath");
        }
        return in;
    }
}
