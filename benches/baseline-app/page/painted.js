// The same marker as Volvo Beacon's page sets when its first tiles show (ui/app.js,
// markPainted), set the same way, so the harness reads both apps alike: the frame in which this
// page first shows.
let done = false;
const mark = () => {
  if (done) return;
  done = true;
  performance.mark("tiles-painted");
  document.documentElement.dataset.tilesPainted = String(performance.now());
};
requestAnimationFrame(mark);
setTimeout(mark, 100); // rAF does not run in a hidden window
