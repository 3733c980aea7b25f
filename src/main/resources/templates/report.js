(function () {
  "use strict";
  // Sorting and filtering of the report's tables. The page allows this script alone (by its hash): no
  // other script, and no text of the documents, can run. Nothing is loaded from anywhere.
  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    var text = cell ? cell.textContent.trim() : "";
    if (!numeric) {
      return text.toLowerCase();
    }
    var n = parseFloat(text.replace(/,/g, ""));
    return isNaN(n) ? -Infinity : n;
  }

  function sortBy(table, header, index) {
    var body = table.tBodies[0];
    var numeric = header.classList.contains("num");
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(header.parentNode.cells, function (h) { h.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index, numeric);
      var y = cellValue(b, index, numeric);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  function filter(table, query, count) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var text = row.textContent.toLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !match;
      shown += match ? 1 : 0;
    });
    count.textContent = words.length ? shown + " of " + table.tBodies[0].rows.length + " rows" : "";
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.data"), function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (header, index) {
      header.tabIndex = 0;
      header.classList.add("sortable");
      header.addEventListener("click", function () { sortBy(table, header, index); });
      header.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          sortBy(table, header, index);
        }
      });
    });
    if (table.tBodies[0].rows.length < 2) {
      return;
    }
    var bar = document.createElement("div");
    bar.className = "filter";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = "Filter rows";
    input.setAttribute("aria-label", "filter the rows of this table");
    var count = document.createElement("span");
    count.className = "count";
    input.addEventListener("input", function () { filter(table, input.value, count); });
    bar.appendChild(input);
    bar.appendChild(count);
    var box = table.closest(".scroll") || table;
    box.parentNode.insertBefore(bar, box);
  });
  document.documentElement.setAttribute("data-tables", "ready");
})();
