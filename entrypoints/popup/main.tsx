import { render } from 'solid-js/web';

const root = document.getElementById('app');
if (root) {
  render(() => <main>Rightful</main>, root);
}
