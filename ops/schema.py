"""OpenAPI schema class: unique component names for nested serializers.

The style guide nests `InputSerializer`/`OutputSerializer` inside each APIView,
so drf-spectacular would name every one of them "Input"/"Output" and merge
different serializers into one component (wrong schema, drf_spectacular.W001,
which fails `check --deploy --fail-level WARNING`). Naming a nested serializer
after its outer class ("ChatApi.InputSerializer" -> "ChatApiInput") keeps them
apart; top-level serializers keep their usual names.
"""
from drf_spectacular.openapi import AutoSchema as BaseAutoSchema


class AutoSchema(BaseAutoSchema):
    def get_serializer_name(self, serializer, direction) -> str:
        cls = serializer.__class__
        qualname = cls.__qualname__
        if "." in qualname and "<locals>" not in qualname:
            *outer, name = qualname.split(".")
            return "".join(part.removesuffix("Serializer") for part in outer) + name
        return cls.__name__
