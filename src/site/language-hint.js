// The language chooser's suggestion (closecode's documentation site): shows the hint of the
// first of the browser's languages that the site has (`ko-KR` matches `ko`) and marks the same
// language's link in the list. It never navigates: the reader chooses.
(function () {
  var hints = Array.prototype.slice.call(document.querySelectorAll("[data-hint]"));
  var wanted = navigator.languages || [navigator.language || ""];
  Array.prototype.some.call(wanted, function (want) {
    want = String(want).toLowerCase();
    return hints.some(function (hint) {
      var tag = hint.getAttribute("data-hint").toLowerCase();
      if (!(want === tag || want.indexOf(tag + "-") === 0)) {
        return false;
      }
      hint.hidden = false;
      document.querySelectorAll('main li a[hreflang="' + tag + '"]').forEach(function (link) {
        link.parentNode.className = "suggested";
      });
      return true;
    });
  });
})();
