"""Allow ``python -m msworkshop``."""

from msworkshop.cli import main

raise SystemExit(main())
