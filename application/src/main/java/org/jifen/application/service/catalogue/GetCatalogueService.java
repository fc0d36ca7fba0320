package org.jifen.application.service.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.application.port.in.catalogue.CatalogueQuery;
import org.jifen.application.port.in.catalogue.CatalogueView;
import org.jifen.application.port.in.catalogue.GetCatalogueUseCase;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionLevel;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.shared.InvalidValueException;

/** Reads the catalogue versions in force for a district from the loaded catalogues. */
public final class GetCatalogueService implements GetCatalogueUseCase {

    private final CatalogueRepository catalogues;
    private final DivisionRegistry divisions;

    public GetCatalogueService(CatalogueRepository catalogues, DivisionRegistry divisions) {
        this.catalogues = catalogues;
        this.divisions = divisions;
    }

    @Override
    public CatalogueView catalogue(CatalogueQuery query) {
        Objects.requireNonNull(query.caller(), "caller");
        DivisionCode district = query.district();
        divisions.require(district);
        if (district.level() != DivisionLevel.DISTRICT) {
            throw new InvalidValueException("NOT_A_DISTRICT", "district",
                    "indicators apply in a district, not in " + district + " (" + district.level() + ")");
        }
        CatalogueSet loaded = catalogues.catalogueSet();
        List<CatalogueView.TierCatalogue> tiers = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            DivisionCode jurisdiction = switch (tier) {
                case PROVINCIAL -> district.province();
                case MUNICIPAL -> district.city();
                case DISTRICT -> district;
            };
            String name = divisions.chineseName(jurisdiction);
            Optional<Catalogue> inForce = loaded.inForce(jurisdiction, tier, query.on());
            if (inForce.isPresent()) {
                Catalogue c = inForce.get();
                tiers.add(new CatalogueView.TierCatalogue(tier, jurisdiction, name, Optional.of(c.version()), c.title(),
                        Optional.of(c.effectiveFrom()), loaded.effectiveEnd(c), tier.max(), c.indicators(), ""));
            } else {
                tiers.add(new CatalogueView.TierCatalogue(tier, jurisdiction, name, Optional.empty(), "",
                        Optional.empty(), Optional.empty(), tier.max(), List.of(),
                        name + "在" + query.on() + "无生效的" + tier.chineseName() + "体系，该层级不计分"));
            }
        }
        return new CatalogueView(district, divisions.chineseName(district), query.on(), tiers, Tier.MAX_TOTAL);
    }
}
