//! Descriptions written in HTML (Shopify's `Body (HTML)`, eBay's
//! `Description`) as the plain text flea keeps: tags dropped, block elements
//! turned into line breaks, `<script>` and `<style>` left out, and the
//! common entities decoded. Not a full HTML parser: listing bodies are
//! small, mostly `<p>`, `<br>`, lists and inline formatting.

/// Elements that start a paragraph: a blank line before and after.
const PARAGRAPHS: &[&str] =
    &["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "hr", "dl"];

/// Elements that start a new line.
const LINES: &[&str] =
    &["div", "tr", "li", "dt", "dd", "section", "article", "header", "footer", "center", "figure", "figcaption"];

pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    // Inside <script> or <style>: the name of the element whose end we wait for.
    let mut skipping: Option<String> = None;
    while let Some(lt) = rest.find('<') {
        let (text, tag) = rest.split_at(lt);
        if skipping.is_none() {
            push_text(&mut out, text);
        }
        let after = &tag[1..];
        if after.starts_with("!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        if !after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            // A lone '<' ("a < b") is text.
            if skipping.is_none() {
                push_text(&mut out, "<");
            }
            rest = after;
            continue;
        }
        let end = tag_end(after);
        let (closing, name) = tag_name(&after[..end]);
        rest = after.get(end + 1..).unwrap_or("");
        if let Some(waiting) = &skipping {
            if closing && name == *waiting {
                skipping = None;
            }
            continue;
        }
        match name.as_str() {
            "script" | "style" | "head" | "title" if !closing => skipping = Some(name),
            "br" => out.push('\n'),
            "li" if !closing => {
                line_break(&mut out);
                out.push_str("- ");
            }
            "td" | "th" => push_text(&mut out, " "),
            n if PARAGRAPHS.contains(&n) => {
                line_break(&mut out);
                out.push('\n');
            }
            n if LINES.contains(&n) => line_break(&mut out),
            _ => {}
        }
    }
    if skipping.is_none() {
        push_text(&mut out, rest);
    }
    tidy(&out)
}

/// The index of the '>' ending a tag, past quoted attribute values.
fn tag_end(tag: &str) -> usize {
    let mut quote = None;
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i,
            _ => {}
        }
    }
    tag.len()
}

/// Whether a tag closes an element, and the element's lower-case name.
fn tag_name(tag: &str) -> (bool, String) {
    let closing = tag.starts_with('/');
    let name = tag
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    (closing, name)
}

/// Text between tags: entities decoded, runs of white space as one space
/// (line breaks come from the tags, as in a browser).
fn push_text(out: &mut String, text: &str) {
    for c in decode_entities(text).chars() {
        if c.is_whitespace() {
            if !(out.is_empty() || out.ends_with([' ', '\n'])) {
                out.push(' ');
            }
        } else if !c.is_control() {
            out.push(c);
        }
    }
}

fn line_break(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Lines trimmed, at most one blank line in a row, none at either end.
fn tidy(text: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for line in text.split('\n').map(str::trim) {
        if line.is_empty() && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// Named entities worth knowing in listing text; others stay as written.
const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("ndash", "–"),
    ("mdash", "—"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("bull", "•"),
    ("middot", "·"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("times", "×"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("agrave", "à"),
    ("auml", "ä"),
    ("ouml", "ö"),
    ("uuml", "ü"),
    ("szlig", "ß"),
    ("ccedil", "ç"),
    ("ntilde", "ñ"),
];

/// `&amp;`, `&#39;`, `&#x2019;` and the names above decoded; Etsy writes
/// them even in titles and plain-text descriptions.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after.get(..after.len().min(12)).and_then(|head| head.find(';')).and_then(|semi| {
            let name = &after[..semi];
            let text = match name.strip_prefix('#') {
                Some(num) => {
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => num.parse::<u32>().ok(),
                    };
                    code.and_then(char::from_u32)
                        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
                        .map(String::from)
                }
                None => ENTITIES.iter().find(|(n, _)| *n == name).map(|(_, t)| (*t).to_string()),
            };
            text.map(|t| (t, semi + 1))
        });
        match decoded {
            Some((t, used)) => {
                out.push_str(&t);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_and_breaks_become_lines() {
        let html = "<p>Solid <b>oak</b>,\n   hand-finished.</p><ul><li>120 cm</li><li>4 chairs</li></ul>Line<br>next";
        assert_eq!(to_text(html), "Solid oak, hand-finished.\n\n- 120 cm\n- 4 chairs\n\nLine\nnext");
    }

    #[test]
    fn scripts_styles_comments_and_attributes_are_dropped() {
        let html = "<style>p { color: red }</style><!-- tracking --><div class=\"a > b\">Hi</div>\
                    <script>alert('x')</script><img src='x.jpg' alt=\"<photo>\">there";
        assert_eq!(to_text(html), "Hi\nthere");
    }

    #[test]
    fn entities_and_lone_angles() {
        assert_eq!(to_text("Tom &amp; Jerry&nbsp;&#8212; 5 &lt; 6 &copy; a < b"), "Tom & Jerry — 5 < 6 © a < b");
        assert_eq!(
            decode_entities("Kid&#39;s &quot;toy&quot; &#x2019; &unknown; & more"),
            "Kid's \"toy\" ’ &unknown; & more"
        );
        assert_eq!(decode_entities("no entities"), "no entities");
        assert_eq!(decode_entities("&#0; &#99999999;"), "&#0; &#99999999;", "no control or invalid characters");
    }

    #[test]
    fn unclosed_markup_does_not_lose_text_before_it() {
        assert_eq!(to_text("<p>Cut off <a href=\"x"), "Cut off");
        assert_eq!(to_text("Plain text\nstays"), "Plain text stays");
        assert_eq!(to_text(""), "");
    }
}
