// Each test starts as a first visit: no draft left by an earlier test of the page (drafts live
// in the browser's storage, which the tests of one file share).
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
