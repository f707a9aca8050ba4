/**
 * What the demo's tracker hosts answer. Chromium resolves every hostname to 127.0.0.1, so requests for
 * www.google-analytics.com etc. arrive here; we answer with tiny bodies that behave like the real
 * scripts (fire a beacon, set an identifier cookie, listen to every keystroke…) so the extension sees
 * realistic traffic with no internet.
 */
import { randomBytes } from 'node:crypto';

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export interface TrackerResponse {
  status: number;
  type: string;
  body: string | Buffer;
  cookies: string[];
}

/** Script bodies by host: each imitates what the real vendor's script does on a page. */
const SCRIPTS: Record<string, string> = {
  'www.googletagmanager.com': `(function(){var cid=Math.random().toString(36).slice(2)+'.'+Date.now();
    navigator.sendBeacon('https://www.google-analytics.com/g/collect?v=2&tid=G-DEMO1234&cid='+cid+'&en=page_view&dl='+encodeURIComponent(location.href),'');})();`,
  'securepubads.g.doubleclick.net': `(function(){var i=new Image();i.src='https://securepubads.g.doubleclick.net/gampad/ads?iu=/1234/news&url='+encodeURIComponent(location.href);
    var slot=document.getElementById('ad-slot-1'); if(slot){var f=document.createElement('iframe');f.src='https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html';f.width=1;f.height=1;slot.appendChild(f);} })();`,
  'static.criteo.net': `(function(){fetch('https://bidder.criteo.com/cdb?profileId=207&url='+encodeURIComponent(location.href),{method:'POST',body:'{}',credentials:'include'}).catch(function(){});})();`,
  'static.hotjar.com': `(function(){var buf=[];['mousemove','keydown','input','click','scroll'].forEach(function(t){document.addEventListener(t,function(e){buf.push(t);},true);});
    var s=document.createElement('script');s.src='https://script.hotjar.com/modules.1234.js';document.head.appendChild(s);
    setTimeout(function(){fetch('https://in.hotjar.com/api/v2/client/sites/3141592/visit-data?sv=6',{method:'POST',body:JSON.stringify({events:buf.length})}).catch(function(){});},300);})();`,
  'cdn.tracksy-metrics.example': `(function(){try{var c=document.createElement('canvas');c.width=200;c.height=40;var x=c.getContext('2d');x.textBaseline='top';x.font='14px Arial';x.fillText('Cwm fjordbank glyphs vext quiz',2,2);var d=c.toDataURL();
    new Image().src='https://collect.tracksy-metrics.example/p?fp='+d.length+'&u='+encodeURIComponent(location.href);}catch(e){}})();`,
  'connect.facebook.net': `(function(){function px(extra){new Image().src='https://www.facebook.com/tr?id=1234567890&ev='+extra+'&dl='+encodeURIComponent(location.href);}
    px('PageView');var em=document.getElementById('email');
    if(em){em.addEventListener('change',function(){var v=em.value.trim().toLowerCase();if(!v)return;
      crypto.subtle.digest('SHA-256',new TextEncoder().encode(v)).then(function(h){var hex=Array.from(new Uint8Array(h)).map(function(b){return b.toString(16).padStart(2,'0');}).join('');px('Lead&ud[em]='+hex);});});}})();`,
  'cdn.segment.com': `(function(){function send(ev,props){fetch('https://api.segment.io/v1/t',{method:'POST',headers:{'content-type':'text/plain'},body:JSON.stringify({event:ev,properties:props,anonymousId:'a1b2c3d4e5f6'})}).catch(function(){});}
    send('Page Viewed',{url:location.href});var em=document.getElementById('email'),ph=document.getElementById('phone');
    [em,ph].forEach(function(f){if(f)f.addEventListener('change',function(){send('Checkout Field',{email:em&&em.value,phone:ph&&ph.value});});});})();`,
  'bat.bing.com': `(function(){new Image().src='https://bat.bing.com/action/0?ti=5555555&evt=pageLoad&p='+encodeURIComponent(location.href);})();`,
  'js.stripe.com': `(function(){fetch('https://m.stripe.com/6',{method:'POST',body:'muid=abc'}).catch(function(){});})();`,
  'hm.baidu.com': `(function(){new Image().src='https://hm.baidu.com/hm.gif?si=0123456789abcdef&u='+encodeURIComponent(location.href);})();`,
  's4.cnzz.com': `(function(){new Image().src='https://z4.cnzz.com/stat.htm?id=1280000000&r='+encodeURIComponent(document.referrer);})();`,
  // Chinese-web vendors (the tracker supplement): Alibaba Aplus → mmstat.com, Tencent MTA, Volcengine DataFinder, GrowingIO.
  'g.alicdn.com': `(function(){new Image().src='https://log.mmstat.com/v.gif?logtype=1&title='+encodeURIComponent(document.title)+'&cache='+Math.random().toString(36).slice(2);})();`,
  'pingjs.qq.com': `(function(){new Image().src='https://pingtas.qq.com/pingd?dm='+encodeURIComponent(location.hostname)+'&url='+encodeURIComponent(location.pathname)+'&rnd='+Math.random().toString(36).slice(2);})();`,
  'lf3-data.volccdn.com': `(function(){fetch('https://gator.volces.com/list',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify([{events:[{event:'predefine_pageview',params:JSON.stringify({url:location.href})}],user:{web_id:'7300000000000000000'}}])}).catch(function(){});})();`,
  'assets.giocdn.com': `(function(){fetch('https://api.growingio.com/v3/projects/0a1b2c3d/web/pv?stm='+Date.now(),{method:'POST',body:JSON.stringify([{u:'gio-demo-user',p:location.pathname,tl:document.title}])}).catch(function(){});})();`,
  'analytics.tiktok.com': `(function(){fetch('https://analytics.tiktok.com/api/v2/pixel?sdkid=DEMO',{method:'POST',body:JSON.stringify({event:'Pageview',url:location.href})}).catch(function(){});})();`,
};

/** A stable-per-host identifier cookie (the kind Privacy Badger counts), set by every tracker host. */
function identifierCookie(host: string): string {
  const name = host.includes('google') ? '_ga' : host.includes('facebook') ? '_fbp' : host.includes('baidu') ? 'HMACCOUNT' : 'uid';
  return `${name}=${randomBytes(12).toString('hex')}; Max-Age=31536000; Path=/; SameSite=None; Secure`;
}

/** Google's functional hosts on the news page: a font stylesheet, the font file, the sign-in client. */
function functionalResponse(host: string, path: string): TrackerResponse | null {
  if (host === 'fonts.googleapis.com') {
    return { status: 200, type: 'text/css', cookies: [], body: `@font-face { font-family: 'Merriweather'; font-weight: 700; font-display: swap;
  src: url(https://fonts.gstatic.com/s/merriweather/v30/demo-700.woff2) format('woff2'); }` };
  }
  if (host === 'fonts.gstatic.com') return { status: 200, type: 'font/woff2', cookies: [], body: Buffer.from('wOF2demo') };
  if (host === 'accounts.google.com' && path.startsWith('/gsi/client')) {
    return { status: 200, type: 'application/javascript', cookies: [identifierCookie(host)], body: '/* demo Google sign-in client */' };
  }
  return null;
}

export function trackerResponse(host: string, path: string): TrackerResponse {
  const functional = functionalResponse(host, path);
  if (functional) return functional;
  const cookies = [identifierCookie(host)];
  const script = SCRIPTS[host];
  if (script && (/\.js(\?|$)/.test(path) || /^\/(v3|c|i18n|gtag|tag)\/|\.php/.test(path))) {
    return { status: 200, type: 'application/javascript', body: script, cookies };
  }
  if (/\.js(\?|$)/.test(path)) return { status: 200, type: 'application/javascript', body: '/* demo tracker */', cookies };
  if (/\.(html?)(\?|$)/.test(path)) return { status: 200, type: 'text/html', body: '<!doctype html><title>frame</title>', cookies };
  if (/(\.gif|\/tr|\/p|\/action|collect|pixel|stat\.htm|gampad|\.png|\/pingd)/.test(path)) return { status: 200, type: 'image/gif', body: GIF, cookies };
  return { status: 200, type: 'application/json', body: '{}', cookies };
}
