// Dashboard charts (ECharts): each <div class="tx-chart" data-chart='{"type","name","names","values","links"}'>
// becomes a line (trend) or a bar chart (units); a click on a point or bar opens the records behind it.
// Sections arrive by htmx, so charts are drawn when a section is swapped in, and resized with the window.
(function () {
  function draw(root) {
    if (!window.echarts) {
      return;
    }
    root.querySelectorAll('.tx-chart:not([data-drawn])').forEach(function (el) {
      var data = JSON.parse(el.dataset.chart);
      el.dataset.drawn = 'true';
      var horizontal = data.type === 'bar' && data.names.length > 6;
      el.style.height = (horizontal ? Math.max(220, data.names.length * 24 + 40) : 240) + 'px';
      var category = { type: 'category', data: data.names, axisLabel: { interval: 0, fontSize: 11 } };
      var value = { type: 'value', minInterval: 1 };
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: horizontal ? value : Object.assign(category, { axisLabel: { rotate: data.type === 'line' ? 45 : 0, fontSize: 11 } }),
        yAxis: horizontal ? Object.assign(category, { inverse: true }) : value,
        series: [{ name: data.name, type: data.type, data: data.values, itemStyle: { color: '#c8161d' },
                   smooth: data.type === 'line', cursor: 'pointer' }]
      });
      chart.on('click', function (params) {
        var link = data.links[params.dataIndex];
        if (link) {
          window.location.href = link;
        }
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  document.addEventListener('htmx:afterSettle', function (event) { draw(event.target.parentNode || document); });
  // a section that could not be loaded says so instead of loading for ever
  document.addEventListener('htmx:responseError', function (event) {
    var place = event.detail.elt;
    if (place && place.dataset.failed) {
      place.textContent = place.dataset.failed;
      place.classList.add('text-danger', 'small');
    }
  });
  window.addEventListener('load', function () { draw(document); });
})();
