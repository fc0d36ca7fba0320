package org.jifen.archfixture.bad.domain.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bad: the domain does file I/O (JDK, but outside java.lang/util/time/math). */
public final class CatalogueLoader {
    public String load(Path file) throws IOException {
        return Files.readString(file);
    }
}
