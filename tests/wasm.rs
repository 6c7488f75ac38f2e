#![cfg(target_arch = "wasm32")]
//! Tests of the JavaScript binding, in headless Chromium (`make test-wasm`).
//!
//! They test what the page and the npm package ship: the wasm-bindgen module `www/pkg/govreport.js`
//! with `www/pkg/govreport_bg.wasm` after wasm-opt, both written by `make wasm` (a prerequisite of
//! `make test-wasm`). The module is imported as a JS snippet and instantiated from the bytes with
//! `initSync({ module })`, then `parse` is called as a page calls it, so the conversion of the
//! argument, the plain result object and the thrown `Error` are the real ones.
//! (wasm-bindgen-test-runner keeps only the test exports in its own glue, so the library's
//! `#[wasm_bindgen]` exports cannot be reached through it.)

use js_sys::{Array, JsString, Object, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/www/pkg/govreport.js")]
extern "C" {
    #[wasm_bindgen(js_name = initSync)]
    fn init_sync(options: &JsValue) -> JsValue;
    #[wasm_bindgen(catch, js_name = parse)]
    fn parse_js(text: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = version)]
    fn version_js() -> JsValue;
}

#[wasm_bindgen(inline_js = r#"
export function prototypeName(v) {
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype ? 'Object' : p === Array.prototype ? 'Array' : String(p && p.constructor && p.constructor.name);
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = prototypeName)]
    fn prototype_name(v: &JsValue) -> String;
}

const WASM: &[u8] = include_bytes!("../www/pkg/govreport_bg.wasm");

/// Instantiates the shipped module once (initSync returns at once when it already is).
fn ready() {
    let options = Object::new();
    Reflect::set(&options, &"module".into(), &Uint8Array::from(WASM).into()).unwrap();
    init_sync(&options.into());
}

const SMALL: &str = "2024年某市政府工作报告\n各位代表:\n今年主要预期目标是:地区生产总值增长5.5%以上;城镇新增就业1.8万人。";
const SEED_001: &str = include_str!("fixtures/seeds/001_856a73ee7808871b.txt");
const SEED_004: &str = include_str!("fixtures/seeds/004_54ebdace0a690402.txt");
const HUBEI_TRAD: &str = include_str!("fixtures/corpus/hubei_2025_trad.txt");
const XIAMEN: &str = include_str!("fixtures/corpus/xiamen_2016.txt");

fn call_parse(arg: &JsValue) -> Result<JsValue, JsValue> {
    ready();
    parse_js(arg)
}

fn parse(text: &str) -> JsValue {
    call_parse(&JsValue::from_str(text)).expect("parse(text) does not throw for a string")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn arr(v: &JsValue) -> Array {
    assert!(Array::is_array(v), "expected an array, got {v:?}");
    v.clone().unchecked_into()
}

fn string(v: &JsValue) -> String {
    v.as_string().unwrap_or_else(|| panic!("expected a string, got {v:?}"))
}

fn num(v: &JsValue) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("expected a number, got {v:?}"))
}

fn reports(doc: &JsValue) -> Vec<JsValue> {
    arr(&get(doc, "reports")).iter().collect()
}

fn find_target(report: &JsValue, canonical: &str) -> Option<JsValue> {
    arr(&get(report, "targets")).iter().find(|t| string(&get(t, "canonical")) == canonical)
}

/// The source of a span: `input.slice(start16, end16)` on the JS string.
fn source(input: &JsString, item: &JsValue) -> String {
    let span = get(item, "span");
    let (s, e) = (num(&get(&span, "start16")), num(&get(&span, "end16")));
    assert!(s <= e && e <= input.length() as f64, "span {s}..{e} outside the input of {}", input.length());
    String::from(input.slice(s as u32, e as u32))
}

/// Plain data only, as the CLI's JSON: objects with Object.prototype, arrays, strings, finite
/// numbers, booleans, null; no undefined, Map, BigInt or class instances.
fn assert_plain(v: &JsValue, path: &str) {
    if v.is_null() || v.as_bool().is_some() || v.is_string() {
        return;
    }
    if let Some(n) = v.as_f64() {
        assert!(n.is_finite(), "{path}: non-finite number");
        return;
    }
    assert!(!v.is_undefined(), "{path}: undefined");
    assert!(v.is_object(), "{path}: not plain data: {v:?}");
    match prototype_name(v).as_str() {
        "Array" => {
            for (i, x) in arr(v).iter().enumerate() {
                assert_plain(&x, &format!("{path}[{i}]"));
            }
        }
        "Object" => {
            for entry in Object::entries(v.unchecked_ref()).iter() {
                let pair = arr(&entry);
                assert_plain(&pair.get(1), &format!("{path}.{}", string(&pair.get(0))));
            }
        }
        other => panic!("{path}: an instance of {other}, not a plain object"),
    }
}

#[wasm_bindgen_test]
fn a_report_gives_plain_data_with_targets() {
    let doc = parse(SMALL);
    assert_plain(&doc, "doc");
    let input = JsString::from(SMALL);
    assert_eq!(num(&get(&doc, "len16")), input.length() as f64);
    assert_eq!(num(&get(&doc, "len")), SMALL.len() as f64);
    let rs = reports(&doc);
    assert_eq!(rs.len(), 1);
    let r = &rs[0];
    assert_eq!(string(&get(r, "kind")), "work_report");
    assert_eq!(get(r, "year").as_f64(), Some(2024.0));
    let gdp = find_target(r, "地区生产总值").expect("the GDP target");
    assert_eq!(num(&get(&gdp, "value")), 5.5);
    assert_eq!(string(&get(&gdp, "qualifier")), "以上");
    assert_eq!(string(&get(&gdp, "qualifier_class")), "at_least");
    assert_eq!(string(&get(&gdp, "kind")), "growth");
    // absent values are null (as in the CLI's JSON), not undefined or missing
    assert!(Reflect::has(&gdp, &"stretch".into()).unwrap() && get(&gdp, "stretch").is_null());
    assert!(source(&input, &gdp).contains("地区生产总值增长5.5%以上"));
    let jobs = find_target(r, "城镇新增就业").expect("the jobs target");
    assert_eq!(num(&get(&jobs, "base_value")), 18000.0);
    assert_eq!(string(&get(&jobs, "unit")), "万人");
}

#[wasm_bindgen_test]
fn empty_and_blank_text() {
    for text in ["", "\n \n", "\u{feff}"] {
        let doc = parse(text);
        assert_plain(&doc, "doc");
        assert_eq!(num(&get(&doc, "len16")), JsString::from(text).length() as f64);
        for r in reports(&doc) {
            assert_eq!(arr(&get(&r, "targets")).length(), 0, "no targets in {text:?}");
            assert_eq!(arr(&get(&r, "tasks")).length(), 0, "no tasks in {text:?}");
        }
    }
}

#[wasm_bindgen_test]
fn a_compilation_gives_one_report_each() {
    let doc = parse(SEED_001);
    let input = JsString::from(SEED_001);
    assert_eq!(num(&get(&doc, "len16")), input.length() as f64);
    let rs = reports(&doc);
    assert_eq!(rs.len(), 7, "seed 001 compiles seven reports");
    let mut prev_end = 0.0;
    for r in &rs {
        let span = get(r, "span");
        let (s, e) = (num(&get(&span, "start16")), num(&get(&span, "end16")));
        assert!(prev_end <= s && s < e && e <= input.length() as f64, "reports follow each other");
        prev_end = e;
    }
    let places: Vec<String> = rs.iter().filter_map(|r| get(r, "place").as_string()).collect();
    for p in ["济南市", "沈阳市", "福州市", "内江市"] {
        assert!(places.iter().any(|x| x == p), "{p} among {places:?}");
    }
    let jinan = rs.iter().find(|r| get(r, "place").as_string().as_deref() == Some("济南市")).unwrap();
    assert!(string(&get(jinan, "title")).contains("济南"));
    let gdp = find_target(jinan, "地区生产总值").expect("济南's GDP target");
    assert_eq!(num(&get(&gdp, "value")), 5.5);
    assert_eq!(string(&get(&gdp, "unit")), "%");
    assert_eq!(string(&get(&gdp, "qualifier")), "以上");
    assert!(source(&input, &gdp).contains("5.5%以上"));
    // several reports state a GDP target: what the page's chart draws
    assert!(rs.iter().filter(|r| find_target(r, "地区生产总值").is_some()).count() >= 5);
}

#[wasm_bindgen_test]
fn a_decomposition_plan_has_owners() {
    let doc = parse(SEED_004);
    assert_plain(&doc, "doc");
    let input = JsString::from(SEED_004);
    let r = &reports(&doc)[0];
    assert_eq!(string(&get(r, "kind")), "decomposition_plan");
    let mut with_lead = 0;
    let mut stack: Vec<JsValue> = arr(&get(r, "tasks")).iter().collect();
    while let Some(t) = stack.pop() {
        let owners = get(&t, "owners");
        let lead = arr(&get(&owners, "lead"));
        arr(&get(&owners, "responsible"));
        if lead.length() > 0 {
            with_lead += 1;
            // the task's span is where its text is
            let title = string(&get(&t, "title"));
            let head: String = title.chars().take(6).collect();
            assert!(source(&input, &t).contains(&head), "{title:?} in its span");
        }
        stack.extend(arr(&get(&t, "children")).iter());
    }
    assert!(with_lead >= 10, "tasks with a lead unit: {with_lead}");
}

#[wasm_bindgen_test]
fn task_commitments_and_deadlines_come_through() {
    // seed 004, item 1 of part 一: 抓实200个市级重点项目, 完成年度投资490亿元
    let doc = parse(SEED_004);
    let input = JsString::from(SEED_004);
    let r = &reports(&doc)[0];
    let part = arr(&get(r, "tasks")).get(0);
    let item = arr(&get(&part, "children")).get(0);
    assert_eq!(get(&item, "number").as_string().as_deref(), Some("1"));
    let cs: Vec<JsValue> = arr(&get(&item, "commitments")).iter().collect();
    let figs: Vec<(f64, String)> = cs.iter().map(|c| (num(&get(c, "value")), string(&get(c, "unit")))).collect();
    assert_eq!(figs, vec![(200.0, "个".to_string()), (490.0, "亿元".to_string())]);
    for c in &cs {
        assert_plain(c, "commitment");
        let fig = source(&input, c);
        assert!(fig.contains(&string(&get(c, "value_text"))), "the span {fig:?} is the figure");
        assert!(string(&get(c, "text")).contains(&fig), "the clause contains the figure {fig:?}");
    }
    assert!(get(&get(&item, "owners"), "deadline").is_null(), "no deadline: null");
    assert_eq!(arr(&get(&get(&item, "owners"), "leaders")).length(), 0);
    // the plan's own notice: sections of kind preamble, before the first task
    let first_task = num(&get(&get(&part, "span"), "start16"));
    let pre: Vec<JsValue> = arr(&get(r, "sections")).iter().filter(|s| string(&get(s, "kind")) == "preamble").collect();
    assert!(!pre.is_empty());
    assert!(pre.iter().all(|s| num(&get(&get(s, "span"), "end16")) <= first_task));
}

#[wasm_bindgen_test]
fn last_years_results_come_through() {
    let doc = parse(XIAMEN);
    let input = JsString::from(XIAMEN);
    let r = &reports(&doc)[0];
    let results: Vec<JsValue> = arr(&get(r, "results")).iter().collect();
    assert!(results.len() >= 3, "厦门 2016 reviews 2015 with figures");
    for x in &results {
        assert_plain(x, "result");
        let text = string(&get(x, "text"));
        assert!(source(&input, x).contains(&string(&get(x, "value_text"))), "{text}: its span holds its figure");
        assert!(!string(&get(x, "canonical")).is_empty());
    }
    let gdp = results.iter().find(|x| string(&get(x, "canonical")) == "地区生产总值").expect("last year's GDP");
    assert_eq!(num(&get(gdp, "value")), 3466.0);
    assert_eq!(string(&get(gdp, "unit")), "亿元");
}

#[wasm_bindgen_test]
fn traditional_text_keeps_its_spelling_and_gets_canonical_names() {
    let doc = parse(HUBEI_TRAD);
    let input = JsString::from(HUBEI_TRAD);
    let r = &reports(&doc)[0];
    let gdp = find_target(r, "地区生产总值").expect("a GDP target under its canonical name");
    assert_eq!(string(&get(&gdp, "indicator")), "經濟增長");
    assert!(source(&input, &gdp).contains("經濟增長6％"));
}

#[wasm_bindgen_test]
fn lone_surrogates_are_accepted_and_offsets_stay_utf16() {
    // A JS string that is not valid UTF-16: a lone high surrogate first, a lone low one inside,
    // and an astral character (a real pair: two UTF-16 units) before the targets.
    let hi = JsString::from_char_code1(0xD800);
    let lo = JsString::from_char_code1(0xDC00);
    let (head, rest) = SMALL.split_at(SMALL.find("各位代表").unwrap());
    let input = hi.concat(&head.into()).concat(&lo).concat(&"𠀀".into()).concat(&rest.into());
    assert!(!input.is_valid_utf16());
    let doc = call_parse(&input.clone().into()).expect("parse accepts a string with lone surrogates");
    assert_plain(&doc, "doc");
    assert_eq!(num(&get(&doc, "len16")), input.length() as f64, "len16 counts UTF-16 units of the input");
    let r = &reports(&doc)[0];
    let gdp = find_target(r, "地区生产总值").expect("the GDP target after the surrogates");
    assert!(source(&input, &gdp).contains("地区生产总值增长5.5%以上"), "start16/end16 index the JS string");
}

#[wasm_bindgen_test]
fn a_non_string_argument_throws_an_error() {
    let object: JsValue = Object::new().into();
    let array: JsValue = Array::new().into();
    let bytes: JsValue = Uint8Array::new_with_length(4).into();
    for arg in [JsValue::from_f64(42.0), JsValue::UNDEFINED, JsValue::NULL, JsValue::TRUE, object, array, bytes] {
        let err = call_parse(&arg).expect_err("parse(non-string) throws");
        assert!(err.is_instance_of::<js_sys::Error>(), "a JS Error for {arg:?}, got {err:?}");
        let msg = String::from(err.unchecked_ref::<js_sys::Error>().message());
        assert!(msg.contains("string"), "the message says what is wrong: {msg:?}");
    }
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    ready();
    assert_eq!(string(&version_js()), env!("CARGO_PKG_VERSION"));
}
