//! Parse speed over real reports and worst-case inputs. `make bench`.

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
}

fn real(c: &mut Criterion) {
    let mut g = c.benchmark_group("real");
    for name in [
        "seeds/001_856a73ee7808871b.txt",
        "seeds/003_c64ed3ca129da346.txt",
        "seeds/004_54ebdace0a690402.txt",
        "corpus/nanjing_2018.txt",
        "corpus/hubei_2025_trad.txt",
    ] {
        let text = fixture(name);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| govreport::parse(black_box(&text))));
    }
    g.finish();
}

fn worst(c: &mut Criterion) {
    let mut g = c.benchmark_group("worst");
    g.sample_size(10);
    let report = fixture("seeds/001_856a73ee7808871b.txt");
    let big: String = report.repeat(10_000_000 / report.len() + 1);
    let endless: String = "地区生产总值增长5%以上,".repeat(400_000);
    let brackets: String = "((((（（（【【〔".repeat(200_000);
    let numbered: String = (1..200_000).map(|i| format!("{i}.任务(市发改委牵头)\n")).collect();
    let tags: String = format!("</p><br></div>{}", "<a".repeat(1_000_000));
    let titles: String = "2024年某市政府工作报告\n各位代表:\n".repeat(200_000);
    let pipes: String = format!("各位代表 {}x| {}", "ab ".repeat(1_500_000), "y |".repeat(1_000_000));
    for (name, text) in [
        ("10MB_compilation", &big),
        ("one_endless_line", &endless),
        ("unbalanced_brackets", &brackets),
        ("200k_numbered_items", &numbered),
        ("2MB_unclosed_tags", &tags),
        ("200k_titles", &titles),
        ("7MB_words_then_pipes", &pipes),
    ] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| govreport::parse(black_box(text))));
    }
    g.finish();
}

criterion_group!(benches, real, worst);
criterion_main!(benches);
