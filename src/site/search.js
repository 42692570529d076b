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

  // "Going Away", "GOING_AWAY", "going-away" and "goingaway" are one key.
  function fold(text) {
    return text.toLowerCase().replace(/[\s_\-.·()]+/g, "");
  }
  // What the picker offers: codes, ranges and failures; the search also finds scenarios.
  var entries = index.codes.concat(index.ranges, index.failures || []);
  var searchable = entries.concat(index.scenarios || []);
  searchable.forEach(function (entry) {
    entry.keys = entry.k.map(fold);
  });

  // The page of any number: the registered code's own, else the range that covers it.
  function byNumber(n) {
    var i;
    for (i = 0; i < index.codes.length; i += 1) {
      if (index.codes[i].n === n) {
        return { t: index.codes[i].t, h: index.codes[i].h };
      }
    }
    for (i = 0; i < index.ranges.length; i += 1) {
      var range = index.ranges[i];
      if (range.a <= n && n <= range.b) {
        return { t: n + " → " + range.t, h: range.h };
      }
    }
    return null;
  }

  // What a query finds: {items: [{t, h}], note}.
  function find(query) {
    var q = query.trim();
    if (q === "") {
      return { items: [], note: "" };
    }
    if (/^[0-9]+$/.test(q)) {
      var n = Number(q);
      if (n > MAX_CODE) {
        return { items: [], note: index.text.notCode };
      }
      var items = [byNumber(n)];
      // Registered codes that start with the digits typed so far.
      index.codes.forEach(function (code) {
        if (code.n !== n && String(code.n).indexOf(q) === 0) {
          items.push({ t: code.t, h: code.h });
        }
      });
      return { items: items.slice(0, MAX_RESULTS), note: "" };
    }
    var key = fold(q);
    var scored = [];
    searchable.forEach(function (entry, order) {
      var best = 3;
      entry.keys.forEach(function (k) {
        if (k === key) {
          best = Math.min(best, 0);
        } else if (k.indexOf(key) === 0) {
          best = Math.min(best, 1);
        } else if (key.length > 1 && k.indexOf(key) > 0) {
          best = Math.min(best, 2);
        }
      });
      if (best < 3) {
        scored.push({ score: best, order: order, item: { t: entry.t, h: entry.h } });
      }
    });
    scored.sort(function (x, y) {
      return x.score - y.score || x.order - y.order;
    });
    var found = scored.slice(0, MAX_RESULTS).map(function (s) {
      return s.item;
    });
    return { items: found, note: found.length ? "" : index.text.none };
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

    function show() {
      var found = find(input.value);
      shownFor = input.value;
      items = found.items;
      note.textContent = found.note;
      list.textContent = "";
      items.forEach(function (item, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = item.t;
        li.addEventListener("mousedown", function (event) {
          event.preventDefault();
          go(root, item.h);
        });
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", items.length ? "true" : "false");
      select(items.length ? 0 : -1);
    }

    input.addEventListener("input", show);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && items.length) {
        event.preventDefault();
        select((active + 1) % items.length);
      } else if (event.key === "ArrowUp" && items.length) {
        event.preventDefault();
        select((active - 1 + items.length) % items.length);
      } else if (event.key === "Escape") {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        select(-1);
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

    // On search.html?q=...: the query of a page without the script, or a link.
    var query = new URLSearchParams(window.location.search).get("q");
    if (query && /search\.html$/.test(window.location.pathname)) {
      input.value = query;
      show();
      if (items.length === 1 || /^[0-9]+$/.test(query.trim())) {
        if (items.length) {
          window.location.replace(root + items[0].h);
        }
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
