// Loaded first on the hardening pages: keeps every resource timing entry and every
// Content-Security-Policy violation (the page's policy is `default-src 'self'`, so a request
// to any other host is blocked and reported here even when it leaves no timing entry).
performance.setResourceTimingBufferSize(100000);
window.recorded = { violations: [], resources: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.recorded.violations.push({
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
  });
});
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    window.recorded.resources.push({ name: entry.name, initiatorType: entry.initiatorType });
}).observe({ type: 'resource', buffered: true });
