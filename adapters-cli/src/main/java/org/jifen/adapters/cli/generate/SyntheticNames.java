package org.jifen.adapters.cli.generate;

import java.util.SplittableRandom;

/**
 * Synthetic Chinese names: a common surname and a one- or two-character given name, from short lists;
 * they name no one in particular.
 */
final class SyntheticNames {

    private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 "
            + "许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 欧阳 司马").split(" ");
    private static final String[] MALE = ("伟 强 磊 军 洋 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 "
            + "建国 志强 文博 子轩 浩然 宇航 俊杰 鹏飞 晓东 建华 国强 家豪 思远 振宇").split(" ");
    private static final String[] FEMALE = ("芳 娜 敏 静 丽 艳 娟 霞 燕 玲 婷 雪 琳 颖 倩 洁 梅 莉 璐 欣 "
            + "秀英 桂英 晓燕 雅琪 欣怡 梓涵 诗涵 雨欣 佳怡 思琪 婉婷 美玲 丽华 慧敏 紫萱").split(" ");

    private SyntheticNames() {
    }

    static String surname(SplittableRandom random) {
        return SURNAMES[random.nextInt(SURNAMES.length)];
    }

    static String given(SplittableRandom random, boolean male) {
        String[] names = male ? MALE : FEMALE;
        return names[random.nextInt(names.length)];
    }
}
