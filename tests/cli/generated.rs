//! completions/ and man/ must match what the CLI generates;
//! `FLEA_BLESS=1 cargo test generated` rewrites them.

use std::path::Path;

#[test]
fn generated_files_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = flea::generated::files().expect("generate");
    assert!(files.len() > 10, "completions for five shells and a man page per command");
    if std::env::var_os("FLEA_BLESS").is_some() {
        for dir in ["completions", "man"] {
            let _ = std::fs::remove_dir_all(root.join(dir));
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        for (path, bytes) in &files {
            std::fs::write(root.join(path), bytes).unwrap();
        }
        return;
    }
    let mut stale = Vec::new();
    for (path, bytes) in &files {
        if std::fs::read(root.join(path)).ok().as_deref() != Some(bytes.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
            let rel = Path::new(dir).join(entry.file_name());
            if !files.iter().any(|(p, _)| *p == rel) {
                stale.push(format!("{} (no longer generated)", rel.display()));
            }
        }
    }
    assert!(stale.is_empty(), "stale generated files: {stale:?}\nrun: FLEA_BLESS=1 cargo test generated");
}

#[test]
fn readme_column_reference_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (start, end) = ("<!-- csv-reference:start -->\n", "<!-- csv-reference:end -->");
    let from = readme.find(start).expect("start marker") + start.len();
    let to = readme.find(end).expect("end marker");
    let wanted = flea::csvio::reference();
    if std::env::var_os("FLEA_BLESS").is_some() {
        std::fs::write(&path, format!("{}{wanted}{}", &readme[..from], &readme[to..])).unwrap();
        return;
    }
    assert_eq!(&readme[from..to], wanted, "run: FLEA_BLESS=1 cargo test generated");
}
