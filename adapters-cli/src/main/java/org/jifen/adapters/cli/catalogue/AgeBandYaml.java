package org.jifen.adapters.cli.catalogue;

import java.math.BigDecimal;

/** One band of the age rule (年龄) as written in the file; {@code perYear} defaults to 0. */
record AgeBandYaml(Integer from, Integer to, BigDecimal points, BigDecimal perYear) {
}
