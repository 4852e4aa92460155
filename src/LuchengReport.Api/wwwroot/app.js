// The front page's entry point. index.html loads this one classic, deferred script; the page itself is the ES
// modules under /js/ (one per block), started here. Everything the page shows is fetched from this site's public API.
'use strict';

import('/js/main.js').catch(error => {
  const notice = document.createElement('p');
  notice.className = 'notice error';
  notice.textContent = `本页脚本未能加载 The page's script could not load: ${error.message}`;
  document.querySelector('main')?.prepend(notice);
});
