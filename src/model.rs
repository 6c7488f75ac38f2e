//! The plain data that `parse` returns. Everything here serializes to the JSON the CLI prints
//! and to the plain JS object the wasm binding returns (see `www/govreport.d.ts` for its TypeScript shape).

use serde::Serialize;

/// A span of the original input: byte offsets for Rust, UTF-16 code unit offsets for JavaScript.
/// `start..end` and `start16..end16` cover the same text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub start16: usize,
    pub end16: usize,
}

impl Span {
    pub(crate) fn bytes(start: usize, end: usize) -> Span {
        Span { start, end, start16: 0, end16: 0 }
    }
}

/// The result of parsing one input text: one report, or several for a compilation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Document {
    pub reports: Vec<Report>,
    /// Length of the input in bytes and in UTF-16 code units.
    pub len: usize,
    pub len16: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    /// A government work report (政府工作报告).
    #[default]
    WorkReport,
    /// A plan that assigns the report's tasks to units (重点任务分解方案).
    DecompositionPlan,
    /// Text that is not a work report (an article, a speech): nothing in it is a target.
    NotAReport,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub kind: ReportKind,
    /// The report's title as written, or one built from place and year when the text has none.
    pub title: Option<String>,
    pub title_span: Option<Span>,
    /// The place as written (济南市, 通渭縣, 新疆维吾尔自治区…).
    pub place: Option<String>,
    /// Administrative level: 国务院, 省, 自治区, 直辖市, 市, 州, 盟, 县, 区, 旗…
    pub level: Option<String>,
    /// The year the report plans (the report of early 2024 plans 2024).
    pub year: Option<u32>,
    /// The date of delivery as written (2024年1月10日).
    pub date: Option<String>,
    /// The meeting as written (济南市第十八届人民代表大会第三次会议).
    pub meeting: Option<String>,
    /// The speaker as written, with title where stated (市长 张三).
    pub speaker: Option<String>,
    /// Where this report lies in the input.
    pub span: Span,
    pub sections: Vec<Section>,
    /// The headline targets of the planned year (主要预期目标).
    pub targets: Vec<Target>,
    /// Targets of a five-year paragraph (十四五, 今后五年…), kept apart from the annual ones.
    pub five_year_targets: Vec<Target>,
    /// Last year's results as the review states them (地区生产总值增长5.2%), standard indicators only.
    pub results: Vec<Target>,
    /// The work plan of the planned year as a tree.
    pub tasks: Vec<Task>,
    /// Lists that stand apart from the plan: 民生实事, project tables, other appendix lists.
    pub livelihood: Vec<Task>,
    /// Glossary entries (名词解释).
    pub glossary: Vec<GlossaryEntry>,
    /// Things the parser noticed and could not resolve.
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    Preamble,
    Review,
    Requirements,
    Targets,
    FiveYear,
    Plan,
    Livelihood,
    SelfBuilding,
    Closing,
    Glossary,
    Appendix,
    Other,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub kind: SectionKind,
    pub title: String,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// A growth rate: 增长6%.
    Growth,
    /// A level or count: 城镇新增就业1.8万人, 粮食产量113万吨.
    Level,
    /// A share or ratio: 研发投入占GDP比重达到2.65%.
    Share,
    /// A fall: 单位地区生产总值能耗下降3.2%.
    Decline,
    /// A ceiling: 城镇调查失业率控制在5.5%以内.
    Cap,
    /// No figure: 居民收入增长与经济增长基本同步.
    NoFigure,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QualifierClass {
    /// 左右, 约: about.
    Approx,
    /// 以上, 不低于, 不少于: the figure or more.
    AtLeast,
    /// 超过, 高于: more than the figure.
    MoreThan,
    /// 以下, 以内, 不超过: the figure or less.
    AtMost,
    /// 低于, 不足: less than the figure.
    LessThan,
    /// No qualifier.
    Exact,
}

#[derive(Debug, Clone, Serialize)]
pub struct Target {
    /// The indicator as written (traditional stays traditional).
    pub indicator: String,
    /// Canonical name: simplified, standard wording (规上→规模以上工业增加值…).
    pub canonical: String,
    pub kind: TargetKind,
    /// The figure as written, as a number (null when the target has no figure).
    pub value: Option<f64>,
    /// The figure exactly as written (5.0, 1.15).
    pub value_text: Option<String>,
    /// The upper end of a range (6%—6.5% → 6.5).
    pub upper: Option<f64>,
    /// A stretch figure (增长7%、力争7.5% → 7.5).
    pub stretch: Option<f64>,
    /// The unit as written (%, 万人, 亿元, 个百分点…).
    pub unit: Option<String>,
    /// The value in base units, computed in exact decimal (1.8万人 → 18000).
    pub base_value: Option<f64>,
    /// The base unit (人, 元, %, 个百分点…).
    pub base_unit: Option<String>,
    /// The qualifier as written (左右, 以上, 以内, 不低于…).
    pub qualifier: Option<String>,
    pub qualifier_class: QualifierClass,
    /// The source phrase as written.
    pub text: String,
    pub span: Span,
    /// The dimension the report groups it under (在经济发展方面…), where stated.
    pub group: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Owners {
    /// Lead units (牵头, 牵头单位, 主办单位…), each as written.
    pub lead: Vec<String>,
    /// Responsible units (负责, 责任单位, 配合, 协办单位, or named with no role word).
    pub responsible: Vec<String>,
    /// People named as leaders (牵头领导, 责任领导): persons, not units.
    pub leaders: Vec<String>,
    /// A deadline or time frame as written (年内持续推进, 6月底前).
    pub deadline: Option<String>,
}

impl Owners {
    pub fn is_empty(&self) -> bool {
        self.lead.is_empty() && self.responsible.is_empty() && self.leaders.is_empty() && self.deadline.is_none()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Task {
    /// The item's own number as written, without brackets and punctuation (一, 1, 3, ①).
    pub number: Option<String>,
    /// The title: a heading, a lead sentence, or the first sentence.
    pub title: String,
    /// The full text of the item, its children included.
    pub text: String,
    pub span: Span,
    pub owners: Owners,
    /// Quantified commitments in the item's own text (新建幼儿园10所, 完成投资490亿元).
    pub commitments: Vec<Commitment>,
    pub children: Vec<Task>,
}

/// A figure a task commits to, with the phrase that states it.
#[derive(Debug, Clone, Serialize)]
pub struct Commitment {
    /// The clause as written.
    pub text: String,
    pub value: f64,
    pub value_text: String,
    pub upper: Option<f64>,
    pub unit: Option<String>,
    pub base_value: f64,
    pub base_unit: Option<String>,
    pub qualifier: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct GlossaryEntry {
    pub number: Option<String>,
    pub term: String,
    pub text: String,
    pub span: Span,
}
