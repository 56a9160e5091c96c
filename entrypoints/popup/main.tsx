import { render } from 'preact';
render(<p>Broadsheet</p>, document.getElementById('app')!);
