// Dev preview boot: install the fake IPC, borrow the real page's markup from ui/index.html (so
// there is one copy of it), then start the real app.

import "./mock-ipc.js";

const html = await (await fetch("index.html")).text();
const page = new DOMParser().parseFromString(html, "text/html");

document.documentElement.lang = page.documentElement.lang;
document.title = `${page.title} (dev preview)`;
const styles = [...page.querySelectorAll('link[rel="stylesheet"]')].map((old) => {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = old.getAttribute("href");
  document.head.append(link);
  return new Promise((resolve) => {
    link.onload = resolve;
    link.onerror = resolve;
  });
});
for (const meta of page.querySelectorAll('meta[name="color-scheme"], meta[name="viewport"]')) {
  document.head.append(meta.cloneNode());
}
await Promise.all(styles);
document.body.replaceWith(document.importNode(page.body, true));

await import("../ui/app.js");
