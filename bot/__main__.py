import signal
import sys

from bot.cli import main

# `python -m bot ... | head` ends quietly when the reader stops reading, as Unix tools do.
signal.signal(signal.SIGPIPE, signal.SIG_DFL)
sys.exit(main())
