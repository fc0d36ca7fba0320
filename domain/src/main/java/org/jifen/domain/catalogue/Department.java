package org.jifen.domain.catalogue;

/** Responsible reviewing departments (责任审核部门); the codes used in reviewers' credentials. */
public enum Department {
    PUBLIC_SECURITY("公安"),
    HRSS("人力社保"),
    EDUCATION("教育"),
    HOUSING("住建"),
    TAX("税务"),
    MARKET_REGULATION("市场监管"),
    CIVIL_AFFAIRS("民政"),
    HEALTH("卫生健康"),
    CREDIT("信用"),
    DISTRICT_OFFICE("区政府办"),
    PARTY_ORGANISATION("组织部"),
    VETERANS_AFFAIRS("退役军人事务"),
    CULTURE("文化");

    private final String chineseName;

    Department(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
