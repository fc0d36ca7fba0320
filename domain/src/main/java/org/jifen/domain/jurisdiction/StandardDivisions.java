package org.jifen.domain.jurisdiction;

import java.util.List;

/** GB/T 2260 reference data shipped with the domain (see {@link DivisionRegistry#standard()}). */
final class StandardDivisions {

    private StandardDivisions() {
    }

    private static Division d(String code, String chinese, String english) {
        return new Division(DivisionCode.of(code), chinese, english);
    }

    static final List<Division> ALL = List.of(
            d("110000", "北京市", "Beijing"), d("120000", "天津市", "Tianjin"), d("130000", "河北省", "Hebei"),
            d("140000", "山西省", "Shanxi"), d("150000", "内蒙古自治区", "Inner Mongolia"),
            d("210000", "辽宁省", "Liaoning"), d("220000", "吉林省", "Jilin"), d("230000", "黑龙江省", "Heilongjiang"),
            d("310000", "上海市", "Shanghai"), d("320000", "江苏省", "Jiangsu"), d("330000", "浙江省", "Zhejiang"),
            d("340000", "安徽省", "Anhui"), d("350000", "福建省", "Fujian"), d("360000", "江西省", "Jiangxi"),
            d("370000", "山东省", "Shandong"), d("410000", "河南省", "Henan"), d("420000", "湖北省", "Hubei"),
            d("430000", "湖南省", "Hunan"), d("440000", "广东省", "Guangdong"),
            d("450000", "广西壮族自治区", "Guangxi"), d("460000", "海南省", "Hainan"), d("500000", "重庆市", "Chongqing"),
            d("510000", "四川省", "Sichuan"), d("520000", "贵州省", "Guizhou"), d("530000", "云南省", "Yunnan"),
            d("540000", "西藏自治区", "Tibet"), d("610000", "陕西省", "Shaanxi"), d("620000", "甘肃省", "Gansu"),
            d("630000", "青海省", "Qinghai"), d("640000", "宁夏回族自治区", "Ningxia"),
            d("650000", "新疆维吾尔自治区", "Xinjiang"), d("710000", "台湾省", "Taiwan"),
            d("810000", "香港特别行政区", "Hong Kong"), d("820000", "澳门特别行政区", "Macao"),
            // Zhejiang's cities
            d("330100", "杭州市", "Hangzhou"), d("330200", "宁波市", "Ningbo"), d("330300", "温州市", "Wenzhou"),
            d("330400", "嘉兴市", "Jiaxing"), d("330500", "湖州市", "Huzhou"), d("330600", "绍兴市", "Shaoxing"),
            d("330700", "金华市", "Jinhua"), d("330800", "衢州市", "Quzhou"), d("330900", "舟山市", "Zhoushan"),
            d("331000", "台州市", "Taizhou"), d("331100", "丽水市", "Lishui"),
            // Ningbo
            d("330203", "海曙区", "Haishu"), d("330205", "江北区", "Jiangbei"), d("330206", "北仑区", "Beilun"),
            d("330211", "镇海区", "Zhenhai"), d("330212", "鄞州区", "Yinzhou"), d("330213", "奉化区", "Fenghua"),
            d("330225", "象山县", "Xiangshan"), d("330226", "宁海县", "Ninghai"), d("330281", "余姚市", "Yuyao"),
            d("330282", "慈溪市", "Cixi"),
            // Hangzhou
            d("330102", "上城区", "Shangcheng"), d("330105", "拱墅区", "Gongshu"), d("330106", "西湖区", "Xihu"),
            d("330108", "滨江区", "Binjiang"), d("330109", "萧山区", "Xiaoshan"), d("330110", "余杭区", "Yuhang"),
            d("330111", "富阳区", "Fuyang"), d("330112", "临安区", "Lin'an"), d("330113", "临平区", "Linping"),
            d("330114", "钱塘区", "Qiantang"), d("330122", "桐庐县", "Tonglu"), d("330127", "淳安县", "Chun'an"),
            d("330182", "建德市", "Jiande"));
}
