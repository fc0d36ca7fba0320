package org.jifen.adapters.cli.catalogue;

import java.util.List;

/** The whole catalogue file (指标体系文件): its tier catalogues, one after the other. */
record CatalogueFileYaml(List<CatalogueYaml> catalogues) {
}
