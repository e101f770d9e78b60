#!/usr/bin/env bash
# Makes (once) a Python virtualenv with the pinned pabutools and prints its interpreter's path.
set -euo pipefail
PABUTOOLS_VERSION=1.2.3
venv=${PABUTOOLS_VENV:-$HOME/.cache/bmk/pabutools-$PABUTOOLS_VERSION}
python=$venv/bin/python
if ! "$python" -c "import pabutools" >/dev/null 2>&1; then
  echo "setup: installing pabutools $PABUTOOLS_VERSION in $venv" >&2
  python3 -m venv "$venv"
  "$python" -m pip install --quiet --disable-pip-version-check "pabutools==$PABUTOOLS_VERSION" >&2
fi
echo "$python"
