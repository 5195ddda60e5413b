import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/scroller/src/vaadin-scroller.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'f76bc356228e8c548f671d1117a6ebaa5c087fc239d7510ec4ff8f460fa1b53a') {
    pending.push(import('./chunks/chunk-0168c54905df3a9b8a69203973eeed390089bd5b73047393c3aaad7405f60b70.js'));
  }
  if (key === '2b20a83614acf3f41b537b476f032169209ae32f4f41b324b0fbe3cc3b777662') {
    pending.push(import('./chunks/chunk-882ce015d92f1f6069ec21c58e44b60b87599c70e8a7f90b22291657aa1f8f1f.js'));
  }
  if (key === '470b147f06e4209a5ec7f33569e2985abafd217f099d64511b7f9e1a55bc9a4b') {
    pending.push(import('./chunks/chunk-f7225fe77800cee70e5d69f2edd7ac75e23d2551553ed008c6d9890cdc2c79ae.js'));
  }
  if (key === 'e0c84a5ba22ca78e91ad405fafe4f9085fabbc1aa3e6c1e1c84ddc669c44fe8a') {
    pending.push(import('./chunks/chunk-a9cf14ea2ea3954310740fc74852548f56fe6844120d52e5275ae3cfc7aa8d91.js'));
  }
  if (key === '3b298888312e17a4896c3ac7ff8f01590baf13e5ec075511fd3a7196939dc369') {
    pending.push(import('./chunks/chunk-14d476afd236810834e16d9523889c1f79452230ce4b46c4500347a0f09e6f87.js'));
  }
  if (key === '9ae364775d9a52a427d6c28139ce59e357258a66cbdb80928070019b2064677f') {
    pending.push(import('./chunks/chunk-e1167f9f2a477b76698d2eb44efa0fa9bdd5a959467d8ab4340e92781045670f.js'));
  }
  if (key === 'd095d01c34e84b2635ff1a46a62940dd4bde7feb8ff68fd8d526536121af72bc') {
    pending.push(import('./chunks/chunk-fda67ebfebaf4d36e1d3ca520c0888a4466bcb1914855d0f0db42fc9c87cb056.js'));
  }
  if (key === '1008bc850feb05997cd9114da40ce26c736ac3c91dacee51cb9031067128d375') {
    pending.push(import('./chunks/chunk-a8735e0a76d33ebeac30bffdb0921fc3649a335903acc7c03267acc14db2e6a2.js'));
  }
  if (key === 'a802bd1556516b71f501b044451afcffa2a9ebe7e49275efba6465b07d535d83') {
    pending.push(import('./chunks/chunk-02f8ef45de1c6da18c54581081beaafb61a2eff7b82e3f157440232d2aafecc5.js'));
  }
  if (key === '179454cd2c010f63328b9f449f0f85f0fd19a42298036f9f31be5b7f1cb06426') {
    pending.push(import('./chunks/chunk-2e564f88984e6227153c2592ca853df7cf2469fe6bcd8c4b19b1e191eb2521eb.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}