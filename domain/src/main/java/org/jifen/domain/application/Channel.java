package org.jifen.domain.application;

/** 申请渠道: recorded on every application. */
public enum Channel {
    /** 浙里办 app (浙里新市民). */
    APP("浙里办"),
    /** 浙江政务服务网. */
    WEB("浙江政务服务网"),
    /** 区行政服务中心. */
    DISTRICT_CENTRE("区行政服务中心"),
    /** 乡镇（街道）窗口, where the residence permit belongs. */
    TOWNSHIP_WINDOW("乡镇（街道）窗口");

    private final String chineseName;

    Channel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
