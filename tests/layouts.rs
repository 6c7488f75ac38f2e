//! The layouts reports and plans use for targets, plan sections and owners, each in a short
//! excerpt written the way real documents write it.

use govreport::{Document, QualifierClass, Task, parse};

fn walk(ts: &[Task]) -> Vec<&Task> {
    let mut v = Vec::new();
    for t in ts {
        v.push(t);
        v.extend(walk(&t.children));
    }
    v
}

fn all_tasks(doc: &Document) -> Vec<&Task> {
    doc.reports.iter().flat_map(|r| walk(&r.tasks).into_iter().chain(walk(&r.livelihood))).collect()
}

fn owners_of<'d>(doc: &'d Document, number: &str) -> &'d govreport::Owners {
    &all_tasks(doc).into_iter().find(|t| t.number.as_deref() == Some(number)).unwrap_or_else(|| panic!("no item {number}")).owners
}

const HEAD: &str = "2024年某市政府工作报告\n——2024年1月10日在某市第十八届人民代表大会第三次会议上\n各位代表:\n";

#[test]
fn table_flattened_one_cell_per_line() {
    let doc = parse(&format!(
        "{HEAD}附件\n2024年民生实事项目\n序号\n项目名称\n牵头单位\n责任单位\n1\n新建幼儿园10所\n市教育局\n市财政局、各区县政府\n2\n改造老旧小区50个\n市住建局\n市财政局\n"
    ));
    let o = owners_of(&doc, "1");
    assert_eq!(o.lead, ["市教育局"]);
    assert_eq!(o.responsible, ["市财政局", "各区县政府"]);
    assert_eq!(owners_of(&doc, "2").lead, ["市住建局"]);
}

#[test]
fn table_with_tabs() {
    let doc = parse(&format!(
        "{HEAD}附件\n序号\t重点任务\t牵头单位\t配合单位\n1\t建设城市书房20个\t市文旅局\t各区政府\n2\t新增停车位5000个\t市住建局\t市交警支队、市城管局\n"
    ));
    assert_eq!(owners_of(&doc, "1").lead, ["市文旅局"]);
    assert_eq!(owners_of(&doc, "2").responsible, ["市交警支队", "市城管局"]);
}

#[test]
fn pipe_table_with_a_number_column() {
    let doc = parse(&format!(
        "{HEAD}| 序号 | 工作任务 | 牵头领导 | 牵头单位 | 责任单位 |\n|---|---|---|---|---|\n| 1 | 推进项目建设 | 张三 | 市发改委 | 市财政局，市自然资源局 |\n"
    ));
    let o = owners_of(&doc, "1");
    assert_eq!(o.lead, ["市发改委"]);
    assert_eq!(o.responsible, ["市财政局", "市自然资源局"]);
    assert_eq!(o.leaders, ["张三"]);
}

#[test]
fn owners_on_lines_of_their_own() {
    let doc = parse(&format!(
        "{HEAD}附件\n2024年十件民生实事\n一、城乡供水保障\n目标任务:完成10个供水工程。\n牵头单位:市水务局\n责任单位:各县(区)人民政府、市财政局\n二、学前教育普惠\n目标任务:新增学位3000个。\n主办单位:市教育局\n协办单位:市财政局\n"
    ));
    let o = owners_of(&doc, "一");
    assert_eq!(o.lead, ["市水务局"]);
    assert_eq!(o.responsible, ["各县(区)人民政府", "市财政局"]);
    assert_eq!(owners_of(&doc, "二").lead, ["市教育局"]);
    assert_eq!(owners_of(&doc, "二").responsible, ["市财政局"]);
}

#[test]
fn targets_listed_on_numbered_lines() {
    let doc = parse(&format!(
        "{HEAD}二、2024年工作安排\n今年经济社会发展的主要预期目标是:\n1.地区生产总值增长6%左右;\n2.城镇新增就业5万人以上;\n3.居民消费价格涨幅控制在3%左右。\n(一)扩大有效投资\n(二)促进消费\n"
    ));
    let t = &doc.reports[0].targets;
    assert_eq!(t.len(), 3, "{t:?}");
    assert_eq!(t[1].base_value, Some(50000.0));
    assert_eq!(t[2].qualifier_class, QualifierClass::Approx);
    assert_eq!(doc.reports[0].tasks.len(), 2);
}

#[test]
fn targets_after_a_cue_without_colon() {
    let doc = parse(&format!("{HEAD}今年全市经济社会发展的主要目标是地区生产总值增长6.5%左右,一般公共预算收入增长5%,城乡居民收入增长与经济增长同步。\n"));
    let t = &doc.reports[0].targets;
    assert_eq!(t.len(), 3, "{t:?}");
    assert_eq!(t[0].indicator, "地区生产总值");
}

#[test]
fn targets_on_dash_lines() {
    let doc =
        parse(&format!("{HEAD}今年主要预期目标:\n——地区生产总值增长5.5%以上;\n——规模以上工业增加值增长7%;\n——粮食产量稳定在113万吨以上。\n一、扩大内需\n"));
    let t = &doc.reports[0].targets;
    assert_eq!(t.len(), 3, "{t:?}");
    assert_eq!(t[2].base_value, Some(1_130_000.0));
}

#[test]
fn national_style_targets() {
    let doc = parse(
        "2024年国务院政府工作报告\n各位代表:\n今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人以上,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;居民收入增长和经济增长同步;国际收支保持基本平衡;粮食产量1.3万亿斤以上;单位国内生产总值能耗降低2.5%左右,生态环境质量持续改善。\n",
    );
    let r = &doc.reports[0];
    assert_eq!(r.level.as_deref(), Some("国务院"));
    let names: Vec<&str> = r.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(
        names,
        ["国内生产总值", "城镇新增就业", "城镇调查失业率", "居民消费价格涨幅", "居民收入", "国际收支", "粮食产量", "单位国内生产总值能耗", "生态环境质量"]
    );
    assert_eq!(r.targets[6].base_value, Some(1.3e12));
    assert_eq!(r.targets[7].kind, govreport::TargetKind::Decline);
}

#[test]
fn task_commitments_and_deadlines() {
    let doc = parse(&format!(
        "{HEAD}市政府工作报告确定重点任务分解方案\n一、强化关键支撑\n1.抓实200个市级重点项目,完成年度投资490亿元,确保6月底前开工率达到80%以上。(市发改委负责)\n2.加快机场建设。(市机场办牵头,各县区政府配合,年内持续推进)\n"
    ));
    let t = all_tasks(&doc).into_iter().find(|t| t.number.as_deref() == Some("1")).unwrap();
    let c: Vec<(f64, Option<&str>, f64)> = t.commitments.iter().map(|c| (c.value, c.unit.as_deref(), c.base_value)).collect();
    assert_eq!(c, [(200.0, Some("个"), 200.0), (490.0, Some("亿元"), 49_000_000_000.0), (80.0, Some("%"), 80.0)]);
    assert_eq!(t.commitments[2].qualifier.as_deref(), Some("以上"));
    assert_eq!(t.owners.deadline.as_deref(), Some("6月底前"));
    assert_eq!(t.owners.responsible, ["市发改委"]);
    let t2 = owners_of(&doc, "2");
    assert_eq!(t2.deadline.as_deref(), Some("年内持续推进"));
}

#[test]
fn last_years_results_from_the_review() {
    let doc = parse(&format!(
        "{HEAD}一、2023年工作回顾\n过去一年,全市地区生产总值增长5.2%,一般公共预算收入增长6.1%,城镇新增就业1.2万人,新建公园12个。\n二、2024年工作安排\n今年主要预期目标是:地区生产总值增长5.5%以上。\n(一)扩大内需\n(二)深化改革\n"
    ));
    let r = &doc.reports[0];
    let got: Vec<(&str, Option<f64>)> = r.results.iter().map(|t| (t.canonical.as_str(), t.base_value)).collect();
    assert_eq!(got, [("地区生产总值", Some(5.2)), ("一般公共预算收入", Some(6.1)), ("城镇新增就业", Some(12000.0))]);
    assert_eq!(r.targets.len(), 1);
}

#[test]
fn targets_list_going_on_in_the_next_lines() {
    let doc = parse(&format!(
        "{HEAD}今年经济社会发展的主要预期目标是:地区生产总值增长6%左右;\n一般公共预算收入增长5%;\n城镇新增就业1.1万人以上。\n全年争取更好结果,实现新突破10项。\n(一)扩大内需\n(二)深化改革\n"
    ));
    let t = &doc.reports[0].targets;
    let names: Vec<&str> = t.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(names, ["地区生产总值", "一般公共预算收入", "城镇新增就业"]);
}

#[test]
fn targets_under_a_heading_of_their_own() {
    let doc = parse(&format!(
        "{HEAD}二、2024年经济社会发展总体要求和主要预期目标\n(一)总体要求\n以新发展理念为引领,推动高质量发展。\n(二)主要预期目标\n地区生产总值增长6%左右,城镇新增就业2万人以上,居民收入增长与经济增长同步。\n三、2024年重点工作\n(一)扩大内需\n(二)深化改革\n(三)保障民生\n"
    ));
    let r = &doc.reports[0];
    let names: Vec<&str> = r.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(names, ["地区生产总值", "城镇新增就业", "居民收入"]);
    let titles: Vec<&str> = r.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["扩大内需", "深化改革", "保障民生"]);
}

#[test]
fn five_year_and_annual_targets_in_one_run_on_line() {
    let doc = parse(&format!(
        "{HEAD}“十四五”时期主要目标是:地区生产总值年均增长7%左右,城镇化率达到60%。今年经济社会发展主要预期目标是:地区生产总值增长6.5%左右,城镇新增就业3万人。为实现上述目标,重点抓好八个方面工作:(一)扩大内需。\n"
    ));
    let r = &doc.reports[0];
    let annual: Vec<(&str, Option<f64>)> = r.targets.iter().map(|t| (t.indicator.as_str(), t.value)).collect();
    assert_eq!(annual, [("地区生产总值", Some(6.5)), ("城镇新增就业", Some(3.0))]);
    assert_eq!(r.five_year_targets.len(), 2);
}

#[test]
fn other_wordings_of_the_targets_cue() {
    for cue in ["今年经济社会发展的主要目标任务是:", "今年全市经济社会发展的目标是:", "全年经济社会发展预期目标确定为:"]
    {
        let doc = parse(&format!("{HEAD}{cue}地区生产总值增长6%左右,一般公共预算收入增长5%。\n"));
        assert_eq!(doc.reports[0].targets.len(), 2, "{cue}");
    }
}

#[test]
fn targets_with_no_label_at_all() {
    let doc = parse(&format!(
        "{HEAD}一、2022年工作回顾\n全市地区生产总值增长4.4%,一般公共预算收入增长6.1%,城镇新增就业5万人。\n二、2023年工作总体要求和重点任务\n综合考虑各方面因素,地区生产总值增长6%左右,固定资产投资增长7%以上,社会消费品零售总额增长7%左右,一般公共预算收入增长5%。\n(一)扩大内需\n(二)深化改革\n"
    ));
    let r = &doc.reports[0];
    let t: Vec<(&str, Option<f64>)> = r.targets.iter().map(|t| (t.canonical.as_str(), t.value)).collect();
    assert_eq!(t, [("地区生产总值", Some(6.0)), ("固定资产投资", Some(7.0)), ("社会消费品零售总额", Some(7.0)), ("一般公共预算收入", Some(5.0))]);
}

#[test]
fn a_figure_inside_the_indicator_name() {
    let doc = parse(&format!("{HEAD}主要预期目标是:实际利用省外2000万元以上项目资金增长5%以上,外贸进出口促稳提质。\n"));
    let t = &doc.reports[0].targets;
    assert_eq!((t[0].indicator.as_str(), t[0].value, t[0].qualifier.as_deref()), ("实际利用省外2000万元以上项目资金", Some(5.0), Some("以上")));
    assert_eq!(t.len(), 2);
}

#[test]
fn jun_lists_and_pairs() {
    let doc = parse(&format!("{HEAD}主要预期目标是:地区生产总值、规模以上工业增加值均增长8.0%左右;金融机构存贷款余额分别增长5%、18%。\n"));
    let t: Vec<(String, Option<f64>, Option<String>)> = doc.reports[0].targets.iter().map(|t| (t.indicator.clone(), t.value, t.qualifier.clone())).collect();
    assert_eq!(
        t,
        [
            ("地区生产总值".to_string(), Some(8.0), Some("左右".to_string())),
            ("规模以上工业增加值".to_string(), Some(8.0), Some("左右".to_string())),
            ("金融机构存款余额".to_string(), Some(5.0), None),
            ("金融机构贷款余额".to_string(), Some(18.0), None),
        ]
    );
}

#[test]
fn plan_sections_opened_by_ordinals() {
    let doc = parse(&format!(
        "{HEAD}三、关于2016年工作\n今年主要预期目标是:地区生产总值增长7%左右。\n第一,千方百计稳定经济增长。\n扩大有效投资。\n第二,系统推进全面创新改革。\n深化改革。\n第三,加快构建现代产业体系。\n"
    ));
    let titles: Vec<&str> = doc.reports[0].tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["千方百计稳定经济增长", "系统推进全面创新改革", "加快构建现代产业体系"]);
}

#[test]
fn a_page_holding_the_report_twice_gives_it_once() {
    let body = "各位代表:\n现在,我代表省人民政府向大会报告工作。\n一、2023年工作回顾\n过去的一年极不平凡。\n二、2024年工作安排\n今年主要预期目标是:地区生产总值增长5.5%左右。\n(一)扩大内需\n(二)深化改革\n";
    let doc = parse(&format!("标题:2024年某省政府工作报告\n正文:\n{body}>>\n领导之窗\n政府工作报告\n{body}"));
    assert_eq!(doc.reports.len(), 1);
    assert_eq!(doc.reports[0].title.as_deref(), Some("2024年某省政府工作报告"));
    assert_eq!(doc.reports[0].targets.len(), 1);
    assert_eq!(doc.reports[0].tasks.len(), 2);
}

#[test]
fn page_chrome_title_twice_and_a_photo_caption() {
    // a scraped page: title and date line, breadcrumb, title and date line again, then a photo caption
    let head = "某省2026年政府工作报告\n2026年1月27日在某省第十四届人民代表大会第四次会议上 某省省长 王某\n";
    let chrome = "首页\n>\n政府信息公开\n>\n政府工作报告\n>\n省政府工作报告\n";
    let meta = "时间:\n2026-02-02 09:20\n来源:\n某省人民政府\n分享:\n";
    let body = "省长王某作政府工作报告\n各位代表:\n现在,我代表省人民政府向大会报告工作。\n一、2025年工作回顾\n过去的一年极不平凡。\n二、2026年重点工作\n今年主要预期目标是:地区生产总值增长5%左右。\n(一)扩大内需\n(二)深化改革\n";
    let doc = parse(&format!("分享:\n{head}{chrome}{head}{meta}{body}"));
    assert_eq!(doc.reports.len(), 1);
    let r = &doc.reports[0];
    assert_eq!(r.targets.len(), 1);
    assert_eq!(r.tasks.len(), 2);
    assert_eq!(r.speaker.as_deref(), Some("某省省长 王某"));
}

#[test]
fn plan_sections_written_as_yishi_paragraphs() {
    // a county plan with no numbered list: each section a paragraph opening 一是…二是…三是…
    let doc = parse(&format!(
        "{HEAD}一、2023年工作回顾\n过去一年,成绩来之不易。一是经济增长。二是民生改善。\n二、2024年重点工作\n今年主要预期目标:地区生产总值增长6%。\n突出抓好三项重点工作。\n一是在项目建设上持续用力。坚持项目为王,确保今年年底前开工10个。\n二是在乡村振兴上持续用力。巩固脱贫成果。\n三是在民生保障上持续用力。办好民生实事。\n各位代表,让我们团结奋斗。\n"
    ));
    let r = &doc.reports[0];
    let titles: Vec<&str> = r.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["在项目建设上持续用力", "在乡村振兴上持续用力", "在民生保障上持续用力"]);
    assert_eq!(r.tasks[0].number.as_deref(), Some("一"));
    assert_eq!(r.tasks[0].owners.deadline.as_deref(), Some("今年年底前"));
    assert!(!r.tasks[2].text.contains("各位代表"));
}

#[test]
fn front_matter_run_into_unbroken_text() {
    // a page with no line breaks at all (long enough to be read as such)
    let review = "过去一年,我们坚持稳中求进,经济运行总体平稳,民生持续改善,成绩来之不易。 ".repeat(60);
    let doc = parse(&format!(
        "--- source: http://example.gov.cn/a.html title: 2024年某市政府工作报告 --- 2024年1月10日在某市第十八届人民代表大会第三次会议上 各位代表: 现在,我代表市人民政府向大会报告工作。 一、2023年工作回顾 {review}二、2024年工作安排 今年主要预期目标是:地区生产总值增长6%左右。 (一)扩大有效投资。坚持项目为王。 (二)深化改革开放。优化营商环境。\n"
    ));
    let r = &doc.reports[0];
    assert_eq!(r.targets.len(), 1);
    assert_eq!(r.tasks.len(), 2);
    assert_eq!(r.meeting.as_deref(), Some("某市第十八届人民代表大会第三次会议"));
}

#[test]
fn title_with_its_date_line_run_in_and_a_crawler_header() {
    let body = "各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、2023年工作回顾\n过去一年极不平凡。\n二、2024年工作安排\n今年主要预期目标是:地区生产总值增长6%左右。\n(一)扩大内需\n(二)深化改革\n";
    let doc = parse(&format!("某县政府工作报告——2024年1月18日在某县第十八届人民代表大会第三次会议上\n{body}"));
    assert_eq!(doc.reports[0].title.as_deref(), Some("某县政府工作报告"));
    assert_eq!(doc.reports[0].meeting.as_deref(), Some("某县第十八届人民代表大会第三次会议"));
    let doc = parse(&format!(
        "标题: 政府工作报告(2024)\n栏目: 政府工作报告\n本地目录: zwgk/zfgzbg/202401/86483_政府工作报告(2024)\n某县政府工作报告\n——2024年1月18日在某县人大工作会议暨某县第十八届人民代表大会第三次会议上\n{body}"
    ));
    assert_eq!(doc.reports.len(), 1);
    assert_eq!(doc.reports[0].title.as_deref(), Some("某县政府工作报告"));
    assert_eq!(doc.reports[0].meeting.as_deref(), Some("某县人大工作会议暨某县第十八届人民代表大会第三次会议"));
}

#[test]
fn markdown_table_in_text_with_no_line_breaks() {
    let review = "过去一年,我们坚持稳中求进,经济运行总体平稳,民生持续改善,成绩来之不易。 ".repeat(30);
    let doc = parse(&format!(
        "2024年某市政府工作报告 2024年1月10日在某市第十八届人民代表大会第三次会议上 各位代表: 现在,我代表市人民政府向大会报告工作。 一、2023年工作回顾 {review}二、2024年工作安排 今年主要预期目标是:地区生产总值增长6%左右。 (一)扩大有效投资。坚持项目为王。 (二)深化改革开放。优化营商环境。 附件 2024年十件民生实事 | 重点事项 | 牵头单位 | 配合单位 | | --- | --- | --- | | 一、新建幼儿园10所 | 市教育局 | 市财政局,各区政府 | | 二、改造老旧小区50个 | 市住建局 | 市财政局 |"
    ));
    let r = &doc.reports[0];
    assert_eq!(r.tasks.len(), 2);
    assert_eq!(r.livelihood.len(), 2, "{:#?}", r.livelihood);
    assert_eq!(r.livelihood[0].owners.lead, ["市教育局"]);
    assert_eq!(r.livelihood[0].owners.responsible, ["市财政局", "各区政府"]);
    assert_eq!(r.livelihood[1].owners.lead, ["市住建局"]);
}

#[test]
fn html_source_of_a_page() {
    let html = "<html><head><title>2024年某市政府工作报告</title><style>p{margin:0}</style><script>var x='<p>';</script></head>\n<body><div class=\"TRS_Editor\">\n<p>2024年某市政府工作报告</p><p>——2024年1月10日在某市第十八届人民代表大会第三次会议上</p>\n<p>各位代表&#65306;</p><p>现在,我代表市人民政府向大会报告工作。</p><!-- 正文 -->\n<p><strong>一、2023年工作回顾</strong></p><p>过去一年,成绩来之不易。</p>\n<p><strong>二、2024年工作安排</strong></p><p>今年主要预期目标是&#xFF1A;地区生产总值增长6%左右,城镇新增就业1.8万人&nbsp;以上。</p>\n<p>(一)扩大有效投资。坚持项目为王。(市发改委牵头)</p><p>(二)深化改革开放。优化营商环境。</p></div></body></html>";
    let doc = parse(html);
    assert_eq!(doc.reports.len(), 1);
    let r = &doc.reports[0];
    assert_eq!(r.title.as_deref(), Some("2024年某市政府工作报告"));
    let rows: Vec<(String, Option<f64>)> = r.targets.iter().map(|t| (t.indicator.clone(), t.value)).collect();
    assert_eq!(rows, [("地区生产总值".to_string(), Some(6.0)), ("城镇新增就业".to_string(), Some(1.8))]);
    assert_eq!(r.tasks.len(), 2);
    assert_eq!(r.tasks[0].owners.lead, ["市发改委"]);
    // spans point into the HTML: the entity-written colon is inside the targets phrase
    let t = &r.targets[0];
    assert!(html[t.span.start..t.span.end].contains("地区生产总值增长6%左右"));
}
