global using Karmada.Orleans.Apis;
