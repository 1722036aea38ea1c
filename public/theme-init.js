// Runs before first paint (a plain script in <head>, no inline script: the pages' CSP forbids
// those): apply the reader's saved theme, and mark that scripts run (CSS shows "loading" texts
// only then; without JavaScript the pre-rendered chapter reads as it is).
document.documentElement.classList.add('js');
try {
  var t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {
  /* storage blocked: follow the system theme */
}
