#!/usr/bin/env bash
# Print the path of a Python 3.10 interpreter: pyenv's 3.10.13, else python3.10 on PATH.
set -eu
for candidate in "${PYTHON310:-}" "$HOME/.pyenv/versions/3.10.13/bin/python" /root/.pyenv/versions/3.10.13/bin/python; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if command -v pyenv >/dev/null 2>&1; then
  p="$(pyenv root)/versions/3.10.13/bin/python"; [ -x "$p" ] && { echo "$p"; exit 0; }
fi
if command -v python3.10 >/dev/null 2>&1; then
  p="$(command -v python3.10)"
  # pyenv's shim exists even when 3.10 is not installed: make sure it runs.
  "$p" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null && { echo "$p"; exit 0; }
fi
echo "error: Python 3.10 is needed (Rasa 3.6 does not run on 3.11+)." >&2
echo "       Install it with 'pyenv install 3.10.13' or your package manager's python3.10," >&2
echo "       or point PYTHON310=/path/to/python3.10 at one." >&2
exit 1
