package org.jifen.domain.catalogue;

/** The unit a {@link PerUnitRule} counts in. */
public enum Unit {
    MONTH("月"),
    YUAN("元"),
    HOUR("小时"),
    DONATION("次"),
    LOAN("册次");

    private final String chineseName;

    Unit(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
