// The phone page of zkgrad's photo transfer (issue 22): reads the key from the URL fragment
// (never sent to the computer), encrypts the chosen photo with AES-256-GCM in the browser and
// uploads IV || ciphertext || tag with the token as additional data (docs/api.md,
// "Phone transfer"). WebCrypto where the page is a secure context; otherwise @noble/ciphers,
// served by the same computer (plain http on a LAN is not a secure context).
const TEXTS = {
  zh: {
    title: '把照片传到电脑',
    intro: '拍一张照片或从相册选择一张，原图会加密后直接送到电脑上的这一项。',
    camera: '拍照',
    pick: '从相册选择',
    encrypting: '正在加密…',
    sending: '正在发送… {0}%',
    done: '已送达电脑，请在电脑上确认',
    tooBig: '这张照片超过 25 MB，无法发送。请换一张或降低相机分辨率后重拍。',
    refused: '电脑拒收了这张照片。请在电脑上重新打开“用手机传照片”，再扫新的二维码。',
    gone: '这个二维码已失效（已用过、已超时或电脑上已关闭）。请在电脑上重新生成二维码。',
    failed: '发送失败：手机连不上电脑。请确认手机和电脑连在同一个网络，然后重试。',
    badLink: '链接不完整（缺少密钥）。请直接用相机扫描电脑上的二维码。',
    noCrypto: '这个浏览器无法加密照片。请换用系统自带的浏览器扫码。',
  },
  en: {
    title: 'Send a photo to the computer',
    intro: 'Take a photo or pick one from your gallery. The original is encrypted and goes straight into this item on the computer.',
    camera: 'Take a photo',
    pick: 'Choose from gallery',
    encrypting: 'Encrypting…',
    sending: 'Sending… {0}%',
    done: 'Delivered to the computer. Please confirm it on the computer.',
    tooBig: 'This photo is larger than 25 MB and cannot be sent. Choose another one or lower the camera resolution.',
    refused: 'The computer refused this photo. Open "Send from phone" on the computer again and scan the new QR code.',
    gone: 'This QR code is no longer valid (used, expired or closed on the computer). Make a new one on the computer.',
    failed: 'Sending failed: the phone cannot reach the computer. Make sure both are on the same network and try again.',
    badLink: 'The link is incomplete (the key is missing). Scan the QR code on the computer with the camera.',
    noCrypto: 'This browser cannot encrypt the photo. Scan the code with the phone\'s own browser.',
  },
};
const MAX_BODY = 25 * 1024 * 1024;
const OVERHEAD = 12 + 16;
const t = document.documentElement.lang === 'en' ? TEXTS.en : TEXTS.zh;
const $ = (id) => document.getElementById(id);
const token = location.pathname.split('/')[2] || '';
let key = null;
let busy = false;

function setStatus(text, kind) {
  const status = $('status');
  status.textContent = text;
  status.className = kind || '';
}

function setBusy(value) {
  busy = value;
  for (const id of ['cameraLabel', 'pickLabel']) $(id).setAttribute('aria-disabled', String(value));
  for (const id of ['camera', 'pick']) $(id).disabled = value;
}

function decodeKey(text) {
  try {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const raw = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(raw, (c) => c.charCodeAt(0));
    return bytes.length === 32 ? bytes : null;
  } catch (e) {
    return null;
  }
}

async function encrypt(plain) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const aad = new TextEncoder().encode(token);
  let sealed;
  if (window.isSecureContext && crypto.subtle) {
    const k = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
    sealed = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, k, plain));
  } else {
    const { gcm } = await import('./aes.js');
    sealed = gcm(key, iv, aad).encrypt(plain);
  }
  const body = new Uint8Array(iv.length + sealed.length);
  body.set(iv, 0);
  body.set(sealed, iv.length);
  return body;
}

function upload(body) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/t/' + token + '/upload');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      $('progress').value = e.loaded / e.total;
      setStatus(t.sending.replace('{0}', Math.round((100 * e.loaded) / e.total)));
    };
    xhr.onload = () => resolve(xhr.status);
    xhr.onerror = () => resolve(0);
    xhr.send(body);
  });
}

async function send(file) {
  if (busy || !file) return;
  if (file.size + OVERHEAD > MAX_BODY) {
    setStatus(t.tooBig, 'error');
    return;
  }
  setBusy(true);
  const preview = $('preview');
  preview.src = URL.createObjectURL(file);
  preview.hidden = false;
  $('progress').hidden = false;
  $('progress').value = 0;
  setStatus(t.encrypting);
  let body;
  try {
    body = await encrypt(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    setStatus(t.noCrypto, 'error');
    setBusy(false);
    return;
  }
  const status = await upload(body);
  if (status === 200) {
    $('progress').value = 1;
    setStatus(t.done, 'done');
    document.body.dataset.result = 'done';
    return; // the code is spent: the buttons stay disabled
  }
  if (status === 400) setStatus(t.refused, 'error');
  else if (status === 0) setStatus(t.failed, 'error');
  else setStatus(t.gone, 'error');
  document.body.dataset.result = 'error';
  setBusy(status === 0 ? false : true);
}

$('title').textContent = t.title;
$('intro').textContent = t.intro;
$('cameraText').textContent = t.camera;
$('pickText').textContent = t.pick;
key = decodeKey(location.hash.slice(1));
if (!key) {
  setStatus(t.badLink, 'error');
  setBusy(true);
} else {
  for (const id of ['camera', 'pick']) $(id).addEventListener('change', (e) => send(e.target.files[0]));
  document.body.dataset.ready = 'true';
}
