"""The career side: the validated data reader, landscape, roles, resources and the matcher. Pure and typed."""
