//! The JavaScript binding: `parse(text)` returns the same plain object as one CLI JSON document.
//! Thin by design: all work is in the pure core.

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A span of the input: byte offsets (UTF-8) and UTF-16 offsets (use these with JS strings). */
export interface GovSpan { start: number; end: number; start16: number; end16: number; }
export type GovQualifierClass = "approx" | "at_least" | "more_than" | "at_most" | "less_than" | "exact";
export type GovTargetKind = "growth" | "level" | "share" | "decline" | "cap" | "no_figure";
export type GovSectionKind = "preamble" | "review" | "requirements" | "targets" | "five_year" | "plan" | "livelihood" | "self_building" | "closing" | "glossary" | "appendix" | "other";
export interface GovTarget {
  indicator: string; canonical: string; kind: GovTargetKind;
  value: number | null; value_text: string | null; upper: number | null; stretch: number | null;
  unit: string | null; base_value: number | null; base_unit: string | null;
  qualifier: string | null; qualifier_class: GovQualifierClass;
  text: string; span: GovSpan; group: string | null;
}
export interface GovOwners { lead: string[]; responsible: string[]; leaders: string[]; deadline: string | null; }
export interface GovCommitment {
  text: string; value: number; value_text: string; upper: number | null; unit: string | null;
  base_value: number; base_unit: string | null; qualifier: string | null; span: GovSpan;
}
export interface GovTask { number: string | null; title: string; text: string; span: GovSpan; owners: GovOwners; commitments: GovCommitment[]; children: GovTask[]; }
export interface GovSection { kind: GovSectionKind; title: string; span: GovSpan; }
export interface GovGlossaryEntry { number: string | null; term: string; text: string; span: GovSpan; }
export interface GovReport {
  kind: "work_report" | "decomposition_plan" | "not_a_report";
  title: string | null; title_span: GovSpan | null; place: string | null; level: string | null;
  year: number | null; date: string | null; meeting: string | null; speaker: string | null;
  span: GovSpan; sections: GovSection[]; targets: GovTarget[]; five_year_targets: GovTarget[]; results: GovTarget[];
  tasks: GovTask[]; livelihood: GovTask[]; glossary: GovGlossaryEntry[]; warnings: string[];
}
export interface GovDocument { reports: GovReport[]; len: number; len16: number; }
"#;

/// Parses the text of a report (or a compilation, or a decomposition plan).
/// Throws an `Error` when `text` is not a string.
#[wasm_bindgen(js_name = parse, unchecked_return_type = "GovDocument")]
pub fn parse_js(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsError> {
    let Some(text) = text.as_string() else {
        return Err(JsError::new("parse(text): text must be a string"));
    };
    let doc = crate::parse(&text);
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    doc.serialize(&ser).map_err(|e| JsError::new(&format!("parse(text): could not build the result: {e}")))
}

/// The version of the parser.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
