// The TimelineJS3 peer page: the same milestones as the Koop timeline's page.
const data = await (await fetch('/bench-data/timelinejs-1000.json')).json();
new window.TL.Timeline('peer', data, {
  script_path: '/node_modules/@knight-lab/timelinejs/dist/js/',
  font: null,
  language: 'en',
  hash_bookmark: false,
  track_events: [],
});
