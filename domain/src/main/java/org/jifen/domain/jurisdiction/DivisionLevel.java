package org.jifen.domain.jurisdiction;

/** Level of an administrative division (行政区划级别). */
public enum DivisionLevel {
    /** 省级 — e.g. Zhejiang 330000. */
    PROVINCE,
    /** 地级市 — e.g. Ningbo 330200. */
    CITY,
    /** 县级区 — e.g. Haishu 330203. */
    DISTRICT
}
