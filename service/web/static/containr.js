// Containr's few lines of script. Every page works without them; they add the live log, confirmations and
// keep streamed text from moving the page.
"use strict";

// A task log that follows the run: lines after those the page was rendered with, over Server-Sent Events.
function followLog(pre) {
  const after = pre.dataset.after || "0";
  const source = new EventSource(pre.dataset.logstream + "?after=" + encodeURIComponent(after));
  const append = (text) => {
    const atBottom = pre.scrollHeight - pre.scrollTop - pre.clientHeight < 40;
    const line = document.createElement("span");
    line.textContent = text;
    pre.appendChild(line);
    pre.appendChild(document.createTextNode("\n"));
    if (atBottom) pre.scrollTop = pre.scrollHeight;
  };
  source.onmessage = (event) => append(event.data);
  source.addEventListener("end", () => {
    source.close();
    pre.dataset.ended = "true";
    // The head of the page (percent, state, message) shows the end at once, not at its next poll.
    const status = document.getElementById("task-status");
    if (status && status.getAttribute("hx-get") && window.htmx) {
      window.htmx.ajax("GET", status.getAttribute("hx-get"), {target: status, swap: "outerHTML"});
    }
  });
}

// Forms that ask before they do something that cannot be undone.
function confirmBeforeSubmit(event) {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}

// "Show" buttons that reveal a secret already on the page (credentials the user asked for).
function toggleReveal(event) {
  const button = event.target.closest("[data-reveal]");
  if (!button) return;
  const target = document.getElementById(button.dataset.reveal);
  if (!target) return;
  const hidden = target.hasAttribute("hidden");
  target.toggleAttribute("hidden", !hidden);
  button.setAttribute("aria-expanded", String(hidden));
}

// Copy buttons: the text of the element they name.
async function copyText(event) {
  const button = event.target.closest("[data-copy]");
  if (!button) return;
  const target = document.getElementById(button.dataset.copy);
  if (!target || !navigator.clipboard) return;
  await navigator.clipboard.writeText(target.textContent.trim());
  button.textContent = "Copied";
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("pre[data-logstream]").forEach(followLog);
  document.addEventListener("submit", confirmBeforeSubmit, true);
  document.addEventListener("click", toggleReveal);
  document.addEventListener("click", copyText);
});
