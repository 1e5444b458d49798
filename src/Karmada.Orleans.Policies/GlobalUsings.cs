global using System.Text.Json.Nodes;
global using Karmada.Orleans.Apis;
