// Small glob matcher for allow-list entries: '*' and '?' stay within one path segment, '**' crosses
// segments. Symbols contain no '/', so for them '*' matches anything.

function escape(ch: string): string {
  return /[\\^$.|+()[\]{}]/.test(ch) ? `\\${ch}` : ch;
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?'; // 'a/**/b' matches 'a/b' too
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (ch === '?') {
      re += '[^/]';
    } else {
      re += escape(ch);
    }
  }
  return new RegExp(`^${re}$`);
}

export function globMatches(glob: string, value: string): boolean {
  return globToRegExp(glob).test(value);
}
