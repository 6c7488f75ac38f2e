//! The vocabulary of reports, as data: units, qualifiers, verbs, indicator names, section cues,
//! owner role words and web-page debris. All in simplified characters: text is folded before it
//! is matched against these tables.

use crate::model::{QualifierClass, SectionKind};

/// Scale words before a unit, longest first, with their power of ten.
pub const SCALE_WORDS: &[(&str, u32)] = &[("万亿", 12), ("千万", 7), ("百万", 6), ("亿", 8), ("万", 4), ("千", 3), ("百", 2)];

/// Units that need no scale word. Matched longest first, before scale words (so 千米, 千瓦 and
/// 百分点 are units, not 千/百 + something).
pub const BASE_UNITS: &[&str] = &[
    "%", "‰", "个百分点", "百分点", "元", "美元", "欧元", "人次", "人", "户", "家", "个", "件", "项", "所", "座", "条", "套",
    "间", "张", "辆", "台", "头", "只", "场", "批", "名", "位", "吨", "公斤", "千克", "斤", "亩", "公顷", "平方公里",
    "平方千米", "平方米", "立方米", "公里", "千米", "米", "千瓦时", "千瓦", "千伏", "伏", "兆瓦", "度", "标箱", "TEU", "天", "小时", "床",
    "册", "部", "片", "株", "棵", "处", "栋", "幢", "块", "份", "篇", "支", "艘", "架", "列", "趟", "班", "倍", "岁",
    "微克/立方米", "毫克", "立方", "方", "吨标准煤", "吨标煤", "标准煤", "千公顷",
];

/// Qualifiers written after the figure.
pub const QUALIFIERS_AFTER: &[(&str, QualifierClass)] = &[
    ("左右", QualifierClass::Approx),
    ("上下", QualifierClass::Approx),
    ("以上", QualifierClass::AtLeast),
    ("以下", QualifierClass::AtMost),
    ("以内", QualifierClass::AtMost),
    ("之内", QualifierClass::AtMost),
];

/// Qualifiers written before the figure (after the verb, or as the verb).
pub const QUALIFIERS_BEFORE: &[(&str, QualifierClass)] = &[
    ("不低于", QualifierClass::AtLeast),
    ("不少于", QualifierClass::AtLeast),
    ("至少", QualifierClass::AtLeast),
    ("不超过", QualifierClass::AtMost),
    ("不高于", QualifierClass::AtMost),
    ("不多于", QualifierClass::AtMost),
    ("超过", QualifierClass::MoreThan),
    ("高于", QualifierClass::MoreThan),
    ("多于", QualifierClass::MoreThan),
    ("低于", QualifierClass::LessThan),
    ("少于", QualifierClass::LessThan),
    ("不足", QualifierClass::LessThan),
    ("大约", QualifierClass::Approx),
    ("约", QualifierClass::Approx),
    ("接近", QualifierClass::Approx),
    ("近", QualifierClass::Approx),
];

/// Words between an indicator and its figure, stripped from the end of the indicator, longest
/// first. What kind of target each suggests is read from `KIND_WORDS`.
pub const VERBS: &[&str] = &[
    "继续保持在", "继续保持", "保持在", "稳定在", "控制在", "力争达到", "力争实现", "力争增长", "力争超过", "力争突破", "确保达到",
    "同比增长", "同口径增长", "可比增长", "年均增长", "增长", "增加", "增速", "提高到", "提高", "提升到", "提升", "提升至",
    "下降", "降低", "减少", "降至", "下降到", "达到", "达", "突破", "实现", "完成", "保持", "控制", "稳定", "为", "在",
    "力争", "确保", "同口径", "可比", "分别", "均", "都", "以上", "预计", "预期", "要",
];

/// Leading words that are not part of the indicator's name.
pub const FILLERS: &[&str] = &[
    "主要预期目标是", "主要预期目标为", "其中", "今年", "全年", "全市", "全省", "全区", "全县", "全州", "全盟", "全旗", "全国",
    "全自治区", "全地区", "实现", "力争", "确保", "努力", "争取", "和", "及", "以及", "并", "同时", "另外", "一是", "二是",
    "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "完成",
];

/// Verbs that, standing alone before a figure, put the indicator after it (`安排79项重点工程`).
pub const FIGURE_FIRST_VERBS: &[&str] = &["安排", "实施", "新建", "建设", "建成", "新增", "开工", "推进", "引进", "培育", "新开工", "续建", "改造", "打造", "争取", "落实"];

/// Words that make a target a decline, a cap or a share.
pub const DECLINE_WORDS: &[&str] = &["下降", "降低", "减少", "降至", "削减", "压减"];
pub const CAP_WORDS: &[&str] = &["控制在", "控制", "以内", "以下", "不超过", "不高于", "低于"];
pub const SHARE_WORDS: &[&str] = &["比重", "占比", "比例", "率", "覆盖率", "达标率"];

/// Indicator names folded to their standard wording (matched after simplification).
pub const CANONICAL: &[(&str, &str)] = &[
    ("规上工业增加值", "规模以上工业增加值"),
    ("规模以上工业增加值", "规模以上工业增加值"),
    ("本地生产总值", "地区生产总值"),
    ("地区生产总值", "地区生产总值"),
    ("全市生产总值", "地区生产总值"),
    ("全省生产总值", "地区生产总值"),
    ("全县生产总值", "地区生产总值"),
    ("国内生产总值", "国内生产总值"),
    ("生产总值", "地区生产总值"),
    ("经济增长", "地区生产总值"),
    ("经济增速", "地区生产总值"),
    ("GDP", "地区生产总值"),
    ("地方一般公共预算收入", "一般公共预算收入"),
    ("地方一般预算收入", "一般公共预算收入"),
    ("财政一般预算收入", "一般公共预算收入"),
    ("一般预算收入", "一般公共预算收入"),
    ("公共财政预算收入", "一般公共预算收入"),
    ("地方财政收入", "一般公共预算收入"),
    ("全社会固定资产投资", "固定资产投资"),
    ("固定资产投资额", "固定资产投资"),
    ("社会消费品零售额", "社会消费品零售总额"),
    ("社会消费品零售总额", "社会消费品零售总额"),
    ("社零", "社会消费品零售总额"),
    ("外贸进出口总额", "进出口总额"),
    ("外贸进出口", "进出口总额"),
    ("进出口总值", "进出口总额"),
    ("商品进出口总值", "进出口总额"),
    ("货物进出口总额", "进出口总额"),
    ("城镇常住居民人均可支配收入", "城镇居民人均可支配收入"),
    ("农村常住居民人均可支配收入", "农村居民人均可支配收入"),
    ("农民人均纯收入", "农村居民人均纯收入"),
    ("城市居民消费价格涨幅", "居民消费价格涨幅"),
    ("居民消费价格总水平", "居民消费价格涨幅"),
    ("居民消费价格", "居民消费价格涨幅"),
    ("居民消费价格指数", "居民消费价格涨幅"),
    ("物价涨幅", "居民消费价格涨幅"),
    ("城镇调查失业率", "城镇调查失业率"),
    ("城镇登记失业率", "城镇登记失业率"),
    ("城镇新增就业人数", "城镇新增就业"),
    ("新增城镇就业", "城镇新增就业"),
    ("单位生产总值能耗", "单位地区生产总值能耗"),
    ("万元生产总值能耗", "单位地区生产总值能耗"),
    ("万元地区生产总值能耗", "单位地区生产总值能耗"),
    ("万元GDP能耗", "单位地区生产总值能耗"),
    ("单位GDP能耗", "单位地区生产总值能耗"),
    ("研发经费投入强度", "研发经费投入强度"),
];

/// The standard indicators, by canonical name: last year's results are reported for these.
pub const KNOWN_INDICATORS: &[&str] = &[
    "地区生产总值", "国内生产总值", "一般公共预算收入", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "进出口总额",
    "城镇居民人均可支配收入", "农村居民人均可支配收入", "全体居民人均可支配收入", "居民人均可支配收入", "城镇新增就业", "城镇调查失业率",
    "城镇登记失业率", "居民消费价格涨幅", "粮食产量", "实际利用外资", "单位地区生产总值能耗", "出口", "外贸出口", "农村居民人均纯收入",
];

/// Phrases that open the headline targets (after folding): `…主要预期目标是：`.
pub const TARGET_CUES: &[&str] = &["主要预期目标", "预期目标", "主要目标", "发展目标", "发展的目标", "主要指标", "预期性指标", "主要经济指标"];
/// Words after a cue that end it (`是`, `为`, `建议为` then a colon).
pub const TARGET_CUE_TAILS: &[&str] = &["任务是", "任务为", "建议为", "安排为", "确定为", "定为", "分为两类", "是", "为", "如下"];

/// Words that show a targets paragraph speaks of more than one year.
pub const FIVE_YEAR_CUES: &[&str] = &[
    "十四五", "十三五", "十五五", "十二五", "今后五年", "未来五年", "五年规划", "规划纲要", "到2025年", "到2030年", "到2035年", "2035年",
    "远景目标", "年均",
];

/// Sentences that end the targets: the plan begins.
pub const TARGET_STOPS: &[&str] = &[
    "为实现上述", "为实现以上", "为完成上述", "为确保实现", "为确保完成", "实现上述目标", "实现这些目标", "围绕上述目标", "围绕以上目标",
    "围绕这些目标", "重点做好", "重点抓好", "着力做好", "重点工作", "主要考虑", "这些目标", "上述目标", "这个目标", "这一目标",
    "我们将", "需要把握", "必须坚持", "要坚持", "主要依据", "提出这样的目标", "确定这样的目标", "综合考虑", "总的看", "这里需要说明",
];

/// Predicates of a target with no figure (`与经济增长同步`, `完成省下达的任务`).
pub const NO_FIGURE_PREDICATES: &[&str] = &[
    "同步", "衔接", "保持稳定", "基本稳定", "总体稳定", "稳中有升", "稳步提升", "平稳增长", "正增长", "持续改善", "稳定改善",
    "进一步下降", "持续下降", "保持下降", "继续下降", "有所下降", "明显下降", "下达", "目标任务", "控制目标", "消除", "基本平衡", "达标",
    "考核目标", "市核", "省定", "市定", "持平", "只增不减", "稳中有增", "稳步增长", "较快增长", "快于经济增长", "全部脱贫", "全部摘帽",
    "如期脱贫", "基本平衡", "稳量提质", "稳中提质", "合理回升", "温和回升", "合理水平", "促稳提质", "保持优良", "持续优良", "进一步改善", "达到国家", "达到省", "全面完成", "确保完成", "完成国家", "完成省", "完成市",
    "高于经济增速", "高于全国", "高于全省", "高于全市", "不低于全省", "不低于全国", "平均水平", "持续优化", "好于", "稳定在合理区间",
    "保持在合理区间", "合理增长", "同步增长", "保持平稳", "稳中有进", "稳定增长",
];

/// Nouns a target with no figure must name (what is measured).
pub const NO_FIGURE_SUBJECTS: &[&str] = &[
    "收入", "能耗", "排放", "减排", "节能", "降碳", "外资", "进出口", "出口", "外贸", "价格", "物价", "失业", "就业", "指标",
    "生态环境质量", "环境质量", "生态环境", "空气质量", "水质", "粮食", "投资", "消费", "生产总值", "经济增长", "增加值", "财政", "税收",
    "二氧化碳", "污染物", "碳排放", "能源", "耗", "任务", "水体", "国际收支", "浓度", "贫困",
];

/// Predicates that end one member of a joint clause with no figure (`能耗下降、PM2.5浓度下降和…`).
pub const NO_FIGURE_MEMBER_ENDS: &[&str] = &["下降", "降低", "改善", "达标", "完成", "稳定", "同步", "衔接"];

/// Subjects that never make a target with no figure on their own (theme sentences).
pub const NO_FIGURE_REJECT: &[&str] = &["改革", "开放型经济", "创新", "营商环境", "自贸试验区", "风险", "社会大局", "质量效益", "结构"];

/// Cues in a heading's title for each kind of section, in order of precedence.
pub const SECTION_CUES: &[(SectionKind, &[&str])] = &[
    (SectionKind::Glossary, &["名词解释", "有关用语说明", "名词注释", "用语说明", "注释", "词语解释"]),
    (SectionKind::Livelihood, &["民生实事", "为民实事", "惠民实事", "民生工程", "实事项目", "十件实事", "十大实事"]),
    (SectionKind::SelfBuilding, &["政府自身建设", "自身建设", "政府建设", "服务型政府", "法治政府", "提升政府", "政府服务", "政府效能", "履职能力"]),
    (SectionKind::Review, &["回顾", "工作总结", "过去一年", "过去五年", "工作情况", "取得的成绩", "主要成绩", "一年来", "五年来", "主要工作和成效", "主要工作和成绩"]),
    (SectionKind::FiveYear, &["十四五", "十三五", "十五五", "十二五", "今后五年", "未来五年", "五年", "展望", "远景", "发展的主要考虑"]),
    (SectionKind::Plan, &["工作安排", "重点工作", "主要任务", "目标任务", "工作任务", "主要工作", "重点任务", "工作部署", "年工作", "工作重点", "工作思路", "总体部署", "分解方案"]),
    (SectionKind::Requirements, &["总体要求", "指导思想", "总体思路"]),
    (SectionKind::Targets, &["预期目标", "主要目标"]),
    (SectionKind::Appendix, &["附件", "附表", "附:"]),
];

/// Sentences that introduce the plan's list of sections (`重点做好以下八个方面工作：`).
pub const PLAN_INTROS: &[&str] = &[
    "方面工作", "方面的工作", "重点做好", "重点抓好", "着力抓好", "着力做好", "重点工作", "以下工作", "以下几个方面", "以下方面", "主要任务",
    "重点任务", "狠抓落实", "责任分工", "分解如下", "明确如下",
];

/// Role words that name lead units.
pub const LEAD_WORDS: &[&str] = &["牵头责任单位", "牵头单位", "牵头部门", "主办单位", "主责单位", "牵头", "主办", "主责"];
/// Role words that name responsible units.
pub const RESP_WORDS: &[&str] = &[
    "责任单位", "配合单位", "协办单位", "参与单位", "协同单位", "责任部门", "配合部门", "分工负责", "按职责分工负责", "负责落实", "负责", "配合",
    "协办", "参与", "落实",
];
/// Role words that name people, not units.
pub const LEADER_WORDS: &[&str] = &["牵头领导", "责任领导", "分管领导", "包抓领导", "联系领导", "牵头市领导", "责任市领导"];
/// Words that make a bracket a deadline.
pub const DEADLINE_WORDS: &[&str] = &["年底", "年内", "月底", "季度", "上半年", "下半年", "持续推进", "长期坚持", "前完成", "底前", "全年", "完成时限", "时限"];

/// Endings of a unit's name: a bracket or a list that names units ends them this way.
pub const UNIT_ENDINGS: &[&str] = &[
    "局", "委", "办", "厅", "部", "署", "院", "政府", "委员会", "管委会", "中心", "公司", "集团", "银行", "支行", "分行", "分局", "支队",
    "大队", "总队", "联", "会", "社", "处", "站", "所", "馆", "台", "团", "司", "行", "组", "室", "队", "校", "学院", "大学",
    "单位", "部门", "机构", "企业", "街道", "乡镇", "医院", "集团", "公安", "海关", "法院", "检察院", "指挥部", "园区", "新区",
    "示范区", "开发区", "高新区", "试验区", "旅游区", "保护区", "功能区", "集团公司", "供电公司", "分公司", "机关", "人民政府",
    "县区", "市区", "各区", "各县", "区县", "各部门", "成员单位",
];

/// Lines of web-page debris: breadcrumbs, share buttons, page furniture, footers.
pub const DEBRIS_LINE_STARTS: &[&str] = &[
    "您现在的位置", "您当前的位置", "当前位置", "所在位置", "首页>", "首页 >", "扫一扫", "责任编辑", "编辑:", "审核:", "校对:", "打印本页",
    "关闭窗口", "分享到", "分享:", "【字体", "字体:", "字号:", "相关附件", "相关链接", "上一篇", "下一篇", "本栏最新", "本栏推荐",
    "阅读排行", "免责声明", "版权所有", "网站标识码", "ICP备", "京ICP", "公网安备", "网站地图", "联系我们", "浏览次数",
    "阅读:", "评论:", "来源:", "发布时间", "时间:", "作者:", "标签:", "更多资料", "关注公众号", "微信公众号", "【打印", "【关闭",
    "[打印", "[关闭", "正文复制", "内容摘要", "信息来源", "文章来源", "访问量", "点击数", "点击:", "发布日期", "<!--", "---", "索引号",
    "公开目录", "公开形式", "公开责任部门", "文号", "成文日期", "公开日期", "有效性", "文件名称", "title:", "source:", "date:",
];
/// Lines made only of these are debris (大 / 中 / 小 font buttons, 】).
pub const DEBRIS_LINES: &[&str] = &["大", "中", "小", "】", "【", "|", "打印", "关闭", "收藏", "分享", "0", "返回顶部", "TOP", "top"];
