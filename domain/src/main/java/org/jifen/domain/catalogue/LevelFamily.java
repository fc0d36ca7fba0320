package org.jifen.domain.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The level codes facts may carry, grouped by what they grade. A {@link LevelRule}'s table must
 * grade every level of its family; a {@link PerEventRule}'s table grades the events that score.
 */
public enum LevelFamily {
    /** 文化程度. */
    EDUCATION("JUNIOR_HIGH", "SENIOR_HIGH", "ASSOCIATE", "BACHELOR", "MASTER", "DOCTORATE"),
    /** 职业技能 / 专业技术职称. */
    SKILL("SKILL_5", "SKILL_4", "SKILL_3", "SKILL_2", "SKILL_1", "TITLE_JUNIOR", "TITLE_INTERMEDIATE",
            "TITLE_SENIOR"),
    /** 合法稳定住所. */
    RESIDENCE("OWN_HOME", "REGISTERED_RENTAL", "PUBLIC_RENTAL", "EMPLOYER_DORMITORY"),
    /** 发明创造. */
    PATENT("INVENTION", "UTILITY_MODEL"),
    /** 表彰奖励 / 见义勇为: the level of the authority. */
    HONOUR("DISTRICT", "CITY", "PROVINCE", "NATIONAL"),
    /** 违法犯罪. */
    OFFENCE("DETENTION", "CRIMINAL"),
    /** 违法失信. */
    CREDIT("DISHONEST");

    private final List<String> levels;

    LevelFamily(String... levels) {
        this.levels = List.of(levels);
    }

    public List<String> levels() {
        return levels;
    }

    public boolean has(String level) {
        return levels.contains(level);
    }

    /** The family a level code belongs to, if any. */
    public static Optional<LevelFamily> of(String level) {
        return Arrays.stream(values()).filter(f -> f.has(level)).findFirst();
    }
}
