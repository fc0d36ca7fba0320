package org.jifen.application.port.in.catalogue;

import java.util.List;
import org.jifen.domain.catalogue.Catalogue;

/**
 * 查看现行指标体系: any caller reads the catalogue versions in force in a district on a date — the
 * provincial, the municipal and the district tier, in that order, each only when one is in force (a tier
 * with none is left out). The district must be a known district ({@code UNKNOWN_DIVISION},
 * {@code NOT_A_DISTRICT}). The catalogue is public policy: nothing is audited.
 */
public interface ListCataloguesInForceUseCase {

    List<Catalogue> list(CataloguesInForceQuery query);
}
