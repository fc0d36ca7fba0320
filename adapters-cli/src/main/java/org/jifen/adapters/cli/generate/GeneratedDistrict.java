package org.jifen.adapters.cli.generate;

import java.nio.file.Path;

/** What {@link DistrictGenerator} wrote: the directory and the number of data lines of each file. */
public record GeneratedDistrict(Path directory, long persons, long householdMembers, long systemData,
        long claims, long candidates) {

    public Path personsFile() {
        return directory.resolve(DistrictGenerator.PERSONS);
    }

    public Path householdsFile() {
        return directory.resolve(DistrictGenerator.HOUSEHOLDS);
    }

    public Path systemDataFile() {
        return directory.resolve(DistrictGenerator.SYSTEM_DATA);
    }

    public Path claimsFile() {
        return directory.resolve(DistrictGenerator.CLAIMS);
    }

    public Path candidatesFile() {
        return directory.resolve(DistrictGenerator.CANDIDATES);
    }

    public Path programmeFile() {
        return directory.resolve(DistrictGenerator.PROGRAMME);
    }
}
