"""networkx views of the leadership rotation, membership and honours, built from the store's named queries.

One module per family, each with its ``__all__``, all re-exported here:
``records`` (typed rows read from a store), ``timeline``, ``succession``,
``membership``, ``honours``, ``analysis``, ``forecast``, ``blocs`` (finding
a bloc by name), ``layout``, ``export`` (GraphML, GEXF, node-link JSON) and
``report`` (everything ``thidua rotation`` prints).

>>> from thidua.graph.views import Term, deputy_to_leader
>>> deputy_to_leader([Term("K", 2023, "deputy", "A"), Term("K", 2024, "leader", "A")]).rate
1.0
"""
from .analysis import *  # noqa: F401,F403
from .blocs import *  # noqa: F401,F403
from .export import *  # noqa: F401,F403
from .forecast import *  # noqa: F401,F403
from .honours import *  # noqa: F401,F403
from .layout import *  # noqa: F401,F403
from .membership import *  # noqa: F401,F403
from .records import *  # noqa: F401,F403
from .report import *  # noqa: F401,F403
from .succession import *  # noqa: F401,F403
from .timeline import *  # noqa: F401,F403
