// Broadcasts: live previews and audience count on the form, live progress on a broadcast.
// Text is only ever set with textContent, so nothing a coordinator writes becomes markup.
(function () {
	'use strict';

	var form = document.getElementById('broadcast-form');
	if (form) {
		var timer = null;
		var fallback = document.getElementById('fallback');
		var linkText = document.getElementById('linkText');

		var texts = function () {
			return Array.prototype.slice.call(form.querySelectorAll('textarea[data-language]'));
		};
		var textOf = function (language) {
			var area = form.querySelector('textarea[data-language="' + language + '"]');
			return area ? area.value.trim() : '';
		};

		var renderPreviews = function () {
			var fallbackText = textOf(fallback.value);
			texts().forEach(function (area) {
				var language = area.getAttribute('data-language');
				var own = area.value.trim();
				var bubble = form.querySelector('[data-preview="' + language + '"]');
				var note = form.querySelector('.fallback-note[data-language="' + language + '"]');
				bubble.querySelector('.tg-text').textContent = own || fallbackText;
				bubble.classList.toggle('is-fallback', !own);
				note.hidden = !!own;
				var button = bubble.querySelector('.tg-button');
				button.textContent = linkText.value.trim();
				button.hidden = !linkText.value.trim();
			});
		};

		var refreshAudience = function () {
			var parameters = new URLSearchParams(new FormData(form));
			parameters.delete('_csrf');
			fetch(form.getAttribute('data-audience-url') + '?' + parameters.toString(), {
				headers: { 'Accept': 'application/json' }, credentials: 'same-origin'
			}).then(function (response) {
				return response.ok ? response.json() : null;
			}).then(function (audience) {
				if (!audience) {
					return;
				}
				document.getElementById('recipients').textContent = audience.total;
				document.getElementById('fallback-count').textContent = audience.fallback;
				form.querySelectorAll('.recipients-for').forEach(function (label) {
					var count = audience.perLanguage[label.getAttribute('data-language')] || 0;
					label.textContent = '· ' + count;
				});
			});
		};

		var changed = function () {
			renderPreviews();
			clearTimeout(timer);
			timer = setTimeout(refreshAudience, 250);
		};
		form.addEventListener('input', changed);
		form.addEventListener('change', changed);
		renderPreviews();
		refreshAudience();
	}

	var progress = document.querySelector('[data-progress-url]');
	if (progress) {
		var bar = document.getElementById('progress-bar');
		bar.style.width = bar.getAttribute('data-percent') + '%';
		var url = progress.getAttribute('data-progress-url');
		var set = function (id, value) {
			var element = document.getElementById(id);
			if (element) {
				element.textContent = value;
			}
		};
		var poll = function () {
			fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
				.then(function (response) { return response.ok ? response.json() : null; })
				.then(function (state) {
					if (!state) {
						setTimeout(poll, 2000);
						return;
					}
					['sent', 'pending', 'failed', 'blocked', 'expired', 'cancelled'].forEach(function (name) {
						set('count-' + name, state[name]);
					});
					set('percent', state.percent);
					set('rate', state.rate.toFixed(1));
					document.getElementById('progress-bar').style.width = state.percent + '%';
					progress.querySelector('[role=progressbar]').setAttribute('aria-valuenow', state.percent);
					if (state.finished) {
						var cancel = document.getElementById('cancel');
						if (cancel) {
							cancel.hidden = true;
						}
					}
					else {
						setTimeout(poll, 1000);
					}
				})
				.catch(function () { setTimeout(poll, 2000); });
		};
		poll();
	}
})();
