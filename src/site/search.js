// The search box and the two-code picker of closecode's documentation site.
//
// closecode's own code: no third-party code, no network. The index comes from the page's
// language folder as search-index.js, loaded by a script tag before this one, so the search
// works from file:// as well as from any static host. Every text it shows comes from the index
// (the locale's catalog). Without this script the search box submits to search.html, which
// lists every code by number and name, and the picker stays hidden.
(function () {
  "use strict";
  var index = window.CLOSECODE_INDEX;
  if (!index) {
    return;
  }
  var MAX_CODE = 65535;
  var MAX_RESULTS = 8;
  var text = index.text;

  // What people paste: full-width digits and letters (１００６, ｇｏｉｎｇ), as a Japanese or
  // Chinese IME types them, become their plain forms (Unicode NFKC).
  function normal(value) {
    return value.normalize ? value.normalize("NFKC") : value;
  }
  // "Going Away", "GOING_AWAY", "going-away" and "goingaway" are one key; so are two copies of
  // an error text with other punctuation or spacing. Only letters and digits are kept, and the
  // "|" that marks where a quote has a placeholder.
  function fold(value) {
    return normal(value).toLowerCase().replace(/[^\p{L}\p{N}|]+/gu, "");
  }
  // A query never holds a placeholder mark.
  function foldQuery(value) {
    return fold(value.replace(/\|/g, ""));
  }
  // The numbers written in a text, such as 401 in "Unexpected server response: 401".
  function numbers(value) {
    return (normal(value).match(/[0-9]+/g) || []).map(Number);
  }

  // What the picker offers: codes, ranges and failures; the search also finds scenarios.
  var entries = index.codes.concat(index.ranges, index.failures || []);
  var searchable = entries.concat(index.scenarios || []);
  [
    [index.codes, "code"],
    [index.ranges, "rangeKind"],
    [index.failures || [], "failure"],
    [index.scenarios || [], "scenario"]
  ].forEach(function (group) {
    group[0].forEach(function (entry) {
      entry.kind = group[1];
    });
  });
  // A name matches from its start, or from the start of any of its words ("away" finds Going
  // Away, "게이트웨이" finds 잘못된 게이트웨이); a sentence (a scenario's title) only as a whole
  // or anywhere inside, so that a code whose name holds the word comes first.
  function nameKey(raw, sentence) {
    var words = normal(raw).toLowerCase().split(/[^\p{L}\p{N}]+/u);
    var starts = [];
    if (!sentence) {
      words.forEach(function (word, i) {
        if (word) {
          starts.push(fold(words.slice(i).join("")));
        }
      });
    }
    return { raw: raw, key: fold(raw), starts: starts, sentence: sentence };
  }
  // A quoted error text: its folded form with "|" where the peer fills something in, its
  // longest literal piece, and the numbers it states.
  function quoteKey(raw) {
    var marked = raw.replace(/<[^<>]*>|\{[a-z0-9-]+\}/g, "|");
    var pieces = marked.split("|").map(fold);
    return {
      raw: raw,
      key: fold(marked),
      longest: Math.max.apply(null, pieces.map(function (p) { return p.length; })),
      numbers: numbers(marked.replace(/\|/g, " "))
    };
  }
  searchable.forEach(function (entry) {
    entry.keys = entry.k.map(function (k) {
      return nameKey(k, false);
    }).concat((entry.l || []).map(function (l) {
      return nameKey(l, true);
    }));
    entry.quotes = (entry.q || []).map(quoteKey);
  });
  var slots = (index.slots || []).map(function (slot) {
    var key = quoteKey(slot[0]);
    key.code = slot[1];
    return key;
  });
  var statuses = (index.statuses || []).map(quoteKey);
  var profiles = (index.profiles || []).map(function (profile) {
    profile.keys = profile.k.map(fold);
    return profile;
  });

  function item(entry, title, matched) {
    return { t: title || entry.t, h: entry.h, kind: entry.kind, m: matched || "" };
  }

  // The page of any number: the registered code's own, else the range that covers it.
  function byNumber(n) {
    var i;
    for (i = 0; i < index.codes.length; i += 1) {
      if (index.codes[i].n === n) {
        return item(index.codes[i]);
      }
    }
    for (i = 0; i < index.ranges.length; i += 1) {
      var range = index.ranges[i];
      if (range.a <= n && n <= range.b) {
        return item(range, n + " → " + range.t);
      }
    }
    return null;
  }

  // An HTTP status that ended the upgrade: its failure page, else the page on refused
  // upgrades. Only final statuses refuse an upgrade: 1xx answers are interim, and 101 is the
  // upgrade itself (RFC 9110 §15.2).
  function byStatus(n) {
    if (n < 200 || n > 599) {
      return [];
    }
    var found = (index.failures || []).filter(function (failure) {
      return failure.s === n;
    }).map(function (failure) {
      return item(failure);
    });
    var refused = (index.scenarios || [])[index.refused];
    if (!found.length && refused) {
      found.push(item(refused, "HTTP " + n + " → " + refused.t));
    }
    return found;
  }

  // Two codes, "1001 vs 1014", "1001 1014" or "1001-1014": their comparison, the range whose
  // bounds they are, or else each one's page.
  var PAIR = /^([0-9]+)\s*(?:\s|vs\.?|versus|and|대|와|과|と|対|[-–—~〜,\/&+])\s*([0-9]+)$/i;
  function byPair(first, second) {
    var low = Math.min(first, second);
    var high = Math.max(first, second);
    if (high > MAX_CODE) {
      return null;
    }
    var range = index.ranges.filter(function (r) {
      return r.a === low && r.b === high;
    })[0];
    if (range) {
      return [item(range)];
    }
    var a = byNumber(low);
    var b = byNumber(high);
    if (low !== high && a.kind === "code" && b.kind === "code") {
      return [{ t: a.t + " · " + b.t, h: "compare/" + low + "-" + high + ".html", kind: "comparison", m: "" }, a, b];
    }
    return low === high ? [a] : [a, b];
  }

  // "discord 4004", "graphql-ws 4401", "4004 discord": a protocol profile's code. The site has
  // no page for it, so it leads to its range, and the note says so.
  function byProfile(q) {
    var match = /^(.+?)[\s:#]*([0-9]+)$/.exec(q) || /^([0-9]+)[\s:#]*(.+)$/.exec(q);
    if (!match) {
      return null;
    }
    var named = /^[0-9]+$/.test(match[1]) ? match[2] : match[1];
    var n = Number(/^[0-9]+$/.test(match[1]) ? match[1] : match[2]);
    var key = fold(named);
    if (key.length < 3) {
      return null;
    }
    for (var i = 0; i < profiles.length; i += 1) {
      var profile = profiles[i];
      var hit = profile.keys.some(function (k) {
        return k === key || k.indexOf(key) === 0;
      });
      var code = profile.c.filter(function (c) {
        return c[0] === n;
      })[0];
      var page = byNumber(n);
      if (hit && code && page) {
        var title = profile.t + " " + n + " " + code[1] + (page.kind === "code" ? " · " + page.t : " → " + page.t.replace(/^[0-9]+ → /, ""));
        return { t: title, h: page.h, kind: "profile", m: "", id: profile.k[0], n: n };
      }
    }
    return null;
  }

  // The length of the longest run of characters that a and b share.
  function common(a, b) {
    var best = 0;
    var previous = new Int32Array(b.length + 1);
    var row = new Int32Array(b.length + 1);
    for (var i = 1; i <= a.length; i += 1) {
      var c = a.charCodeAt(i - 1);
      for (var j = 1; j <= b.length; j += 1) {
        row[j] = c === b.charCodeAt(j - 1) ? previous[j - 1] + 1 : 0;
        if (row[j] > best) {
          best = row[j];
        }
      }
      var swap = previous;
      previous = row;
      row = swap;
    }
    return best;
  }
  // How well a quote matches what was typed or pasted: the length of their longest shared run,
  // or 0. Part of a quote typed, or a whole quote inside a longer pasted line, both count; a
  // quote that states other numbers than the query (another status) does not.
  var LONGEST_QUERY = 400;
  function quoteMatch(quote, key, stated) {
    if (key.length < 6) {
      return 0;
    }
    var queryOnly = stated.some(function (n) {
      return quote.numbers.indexOf(n) < 0;
    });
    var quoteOnly = quote.numbers.some(function (n) {
      return stated.indexOf(n) < 0;
    });
    if (queryOnly && quoteOnly) {
      return 0;
    }
    var shared = common(key.slice(0, LONGEST_QUERY), quote.key);
    var enough = shared >= 6 && (shared >= 0.75 * Math.min(key.length, quote.longest) || shared >= 16);
    return enough ? shared : 0;
  }

  function clip(value) {
    return value.length > 90 ? value.slice(0, 89) + "…" : value;
  }

  // Names, keywords and quoted errors that match `key`, best first. A quote counts only if it
  // shares nearly as long a run with the query as the best quote does: a pasted Chromium line
  // shares "WebSocket connection to ... failed" with every other Chromium line.
  function byText(q, key) {
    var stated = numbers(q);
    var scored = [];
    var quotes = [];
    searchable.forEach(function (entry, order) {
      var best = null;
      entry.keys.forEach(function (k) {
        var score = k.key === key ? 0 : k.starts.some(function (s) {
          return s.indexOf(key) === 0;
        }) ? 1 : key.length > 1 && k.key.indexOf(key) >= 0 ? 2 : 3;
        if (score < 3 && (!best || score < best.score)) {
          best = { score: score, matched: k.raw };
        }
      });
      if (best) {
        var shown = normal(entry.t).toLowerCase().indexOf(normal(best.matched).toLowerCase()) >= 0 ? "" : best.matched;
        scored.push({ score: best.score, order: order, item: item(entry, null, shown) });
        return;
      }
      entry.quotes.forEach(function (quote) {
        var shared = quoteMatch(quote, key, stated);
        if (shared && (!best || shared > best.shared)) {
          best = { shared: shared, order: order, item: item(entry, null, clip(quote.raw)) };
        }
      });
      if (best) {
        quotes.push(best);
      }
    });
    // A refused code's error: the page of the code the query names, else of the code the peer
    // answers with.
    var code = stated.filter(function (n) {
      return n <= MAX_CODE;
    })[0];
    slots.forEach(function (slot, order) {
      var shared = quoteMatch(slot, key, []);
      var page = shared && byNumber(code === undefined ? slot.code : code);
      if (page) {
        page.m = clip(slot.raw);
        quotes.push({ shared: shared, order: searchable.length + order, item: page });
      }
    });
    // A refused upgrade's report: the failure page of the status the query names.
    var status = stated.filter(function (n) {
      return n >= 200 && n <= 599;
    })[0];
    statuses.forEach(function (template, order) {
      var shared = quoteMatch(template, key, []);
      var pages = shared ? byStatus(status === undefined ? 0 : status) : [];
      if (shared && !pages.length) {
        var refused = index.scenarios[index.refused];
        pages = [item(refused)];
      }
      pages.forEach(function (page) {
        page.m = clip(template.raw.replace(/\{status\}/g, status === undefined ? "…" : status));
        quotes.push({ shared: shared, order: searchable.length + slots.length + order, item: page });
      });
    });
    var longest = Math.max.apply(null, [0].concat(quotes.map(function (m) {
      return m.shared;
    })));
    quotes.forEach(function (m) {
      if (m.shared >= 0.8 * longest) {
        scored.push({ score: 4 - m.shared / 1000, order: m.order, item: m.item });
      }
    });
    scored.sort(function (x, y) {
      return x.score - y.score || x.order - y.order;
    });
    return scored.map(function (s) {
      return s.item;
    });
  }

  // The fewest one-character edits that turn a into b.
  function distance(a, b) {
    var row = [];
    for (var j = 0; j <= b.length; j += 1) {
      row.push(j);
    }
    for (var i = 1; i <= a.length; i += 1) {
      var diagonal = row[0];
      row[0] = i;
      for (j = 1; j <= b.length; j += 1) {
        var above = row[j];
        row[j] = a[i - 1] === b[j - 1] ? diagonal : 1 + Math.min(diagonal, above, row[j - 1]);
        diagonal = above;
      }
    }
    return row[b.length];
  }
  // A near miss ("going awy"): the closest names, as the command line's did-you-mean picks
  // them (at most 2 edits, and fewer than a third of what was typed).
  function byTypo(key) {
    var chars = Array.from(key);
    var best = [];
    var least = 3;
    searchable.forEach(function (entry) {
      entry.keys.forEach(function (k) {
        if (k.sentence) {
          return;
        }
        var d = distance(chars, Array.from(k.key));
        if (d <= 2 && d * 3 < chars.length && d <= least) {
          if (d < least) {
            best = [];
            least = d;
          }
          if (!best.some(function (b) { return b.h === entry.h; })) {
            var shown = normal(entry.t).toLowerCase().indexOf(normal(k.raw).toLowerCase()) >= 0 ? "" : k.raw;
            best.push(item(entry, null, shown));
          }
        }
      });
    });
    return best;
  }

  // Each page once, first mention first.
  function unique(items) {
    var seen = {};
    return items.filter(function (it) {
      if (!it || seen[it.h]) {
        return false;
      }
      seen[it.h] = true;
      return true;
    });
  }

  // What a query finds: {items: [{t, h, kind, m}], note}.
  function find(query) {
    var q = normal(query).trim();
    if (q === "") {
      return { items: [], note: "" };
    }
    var items;
    var pair = PAIR.exec(q);
    if (/^[0-9]+$/.test(q)) {
      var n = Number(q);
      if (n > MAX_CODE) {
        return { items: [], note: text.notCode };
      }
      items = byStatus(n).concat([byNumber(n)]);
      // Registered codes that start with the digits typed so far.
      index.codes.forEach(function (code) {
        if (code.n !== n && String(code.n).indexOf(q) === 0) {
          items.push(item(code));
        }
      });
      return { items: unique(items).slice(0, MAX_RESULTS), note: "" };
    }
    if (pair) {
      items = byPair(Number(pair[1]), Number(pair[2]));
      if (items) {
        return { items: unique(items), note: "" };
      }
    }
    var profile = byProfile(q);
    if (profile) {
      var note = text.profileNote.replace("{code}", profile.n).replace("{profile}", profile.id);
      return { items: [profile], note: note };
    }
    var key = foldQuery(q);
    if (key === "") {
      return { items: [], note: text.none };
    }
    items = byText(q, key);
    // A number among a few words ("close 1006", "HTTP 502"): a registered code's page first, a
    // status's failure page after what matched; any other number only when nothing else did.
    var stated = numbers(q).filter(function (n) {
      return n <= MAX_CODE;
    });
    if (stated.length === 1) {
      var page = byNumber(stated[0]);
      var words = foldQuery(q.replace(/[0-9]+/g, "")).length;
      if (page.kind === "code" && words <= 10) {
        items.unshift(page);
      }
      items = items.concat(byStatus(stated[0]));
      if (!items.length || page.kind === "code") {
        items.push(page);
      }
    }
    items = unique(items).slice(0, MAX_RESULTS);
    if (items.length) {
      return { items: items, note: "" };
    }
    var near = byTypo(key).slice(0, 3);
    return { items: near, note: near.length ? text.didYouMean : text.none };
  }

  function go(root, href) {
    window.location.href = root + href;
  }

  function search(form) {
    var root = form.getAttribute("data-root") || "";
    var input = form.querySelector("input[type=search]");
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var note = form.querySelector(".note");
    var items = [];
    var active = -1;
    var shownFor = null;

    function select(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, j) {
        li.setAttribute("aria-selected", j === i ? "true" : "false");
      });
      if (i >= 0) {
        input.setAttribute("aria-activedescendant", list.id + "-" + i);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function part(li, className, content) {
      var span = document.createElement("span");
      span.className = className;
      span.textContent = content;
      li.appendChild(span);
    }

    function show() {
      var found = find(input.value);
      shownFor = input.value;
      items = found.items;
      note.textContent = found.note;
      list.textContent = "";
      items.forEach(function (it, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        // The title, then what kind of page it opens, then the name or text that matched.
        part(li, "t", it.t);
        li.appendChild(document.createTextNode(" "));
        part(li, "kind", text[it.kind] || "");
        if (it.m) {
          part(li, "m", text.matched + text.after + it.m);
        }
        li.addEventListener("mousedown", function (event) {
          event.preventDefault();
          go(root, it.h);
        });
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", items.length ? "true" : "false");
      select(items.length ? 0 : -1);
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      select(-1);
    }

    input.addEventListener("input", show);
    input.addEventListener("focus", function () {
      if (input.value.trim() !== "") {
        show();
      }
    });
    // Leaving the box, by Tab or a click elsewhere, closes the list (a click on a suggestion
    // keeps the focus: its mousedown opens the page first).
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && items.length) {
        event.preventDefault();
        select((active + 1) % items.length);
      } else if (event.key === "ArrowUp" && items.length) {
        event.preventDefault();
        select((active - 1 + items.length) % items.length);
      } else if (event.key === "Escape" || event.key === "Tab") {
        close();
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (shownFor !== input.value) {
        show();
      }
      if (items.length) {
        go(root, items[Math.max(active, 0)].h);
      }
    });

    // On search.html?q=...: the query of a page without the script, or a link. A number, two
    // codes or a single match opens its page at once.
    var query = new URLSearchParams(window.location.search).get("q");
    if (query && /search\.html$/.test(window.location.pathname)) {
      input.value = query;
      show();
      var plain = normal(query).trim();
      if (items.length && (items.length === 1 || /^[0-9]+$/.test(plain) || PAIR.test(plain))) {
        window.location.replace(root + items[0].h);
      }
    }
  }

  // The id of a failure's entry (such as "dns"), or null for a code or a range.
  function failureId(entry) {
    var match = /^failure-(.+)\.html$/.exec(entry.h);
    return match ? match[1] : null;
  }

  // What `closecode compare` takes for an entry: its number, a range's first number, or a
  // failure's id.
  function cliName(entry) {
    if (entry.n !== undefined) {
      return String(entry.n);
    }
    return failureId(entry) || String(entry.a);
  }

  // Links to both entries' own pages, after a note.
  function bothPages(note, root, a, b) {
    [a, b].forEach(function (entry, i) {
      var link = document.createElement("a");
      link.href = root + entry.h;
      link.textContent = entry.t;
      note.appendChild(document.createTextNode(i > 0 ? " · " : " "));
      note.appendChild(link);
    });
  }

  // The picker: two lists, or on a code's page one list beside the page's own code
  // (data-first). Two codes open their comparison; a failure and 1006 (the code a browser
  // reports for every failure) open theirs; any other pair with a failure names the command
  // that compares it; a range points at both pages.
  function picker(form) {
    var root = form.getAttribute("data-root") || "";
    var fixed = form.getAttribute("data-first");
    var first = form.querySelector("#pick-a");
    var second = form.querySelector("#pick-b");
    var note = form.querySelector(".note");
    var own = null;
    entries.forEach(function (entry) {
      if (fixed !== null && entry.n === Number(fixed)) {
        own = entry;
      }
    });
    [first, second].forEach(function (select, which) {
      if (!select) {
        return;
      }
      entries.forEach(function (entry, i) {
        var option = document.createElement("option");
        option.value = String(i);
        option.textContent = entry.t;
        select.appendChild(option);
      });
      select.selectedIndex = entries[which] === own ? which + 1 : which;
    });
    form.hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var a = first ? entries[Number(first.value)] : own;
      var b = entries[Number(second.value)];
      note.textContent = "";
      if (!a || a === b) {
        note.textContent = index.text.same;
        return;
      }
      var failure = failureId(a) || failureId(b);
      if (failure) {
        var other = failureId(a) ? b : a;
        if (other.n === 1006) {
          go(root, "compare/1006-" + failure + ".html");
          return;
        }
        // No page for this pair: say so, name the command, and link both pages.
        note.appendChild(document.createTextNode(form.getAttribute("data-failure") + " "));
        var command = document.createElement("code");
        command.textContent = "closecode compare " + cliName(a) + " " + cliName(b);
        note.appendChild(command);
        bothPages(note, root, a, b);
        return;
      }
      if (a.n === undefined || b.n === undefined) {
        // Comparison pages exist for registered codes only: point at both pages.
        note.appendChild(document.createTextNode(index.text.range));
        bothPages(note, root, a, b);
        return;
      }
      var low = Math.min(a.n, b.n);
      var high = Math.max(a.n, b.n);
      go(root, "compare/" + low + "-" + high + ".html");
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form.search"), search);
  var form = document.getElementById("picker");
  if (form) {
    picker(form);
  }
})();
